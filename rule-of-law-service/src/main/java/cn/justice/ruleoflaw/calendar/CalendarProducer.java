package cn.justice.ruleoflaw.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** The county's {@link WorkingDayCalendar} from configuration (application.properties lists the dates). */
@ApplicationScoped
public class CalendarProducer {
    @Produces
    @ApplicationScoped
    WorkingDayCalendar calendar(
            @ConfigProperty(name = "justice.rule-of-law.calendar.holidays") Optional<List<String>> holidays,
            @ConfigProperty(name = "justice.rule-of-law.calendar.workdays") Optional<List<String>> workdays) {
        return new WorkingDayCalendar(dates("holidays", holidays), dates("workdays", workdays));
    }

    private static List<LocalDate> dates(String list, Optional<List<String>> values) {
        return values.orElse(List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).map(s -> {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("justice.rule-of-law.calendar." + list + ": '" + s
                        + "' is not a date YYYY-MM-DD", e);
            }
        }).toList();
    }
}
