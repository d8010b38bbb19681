package cn.justice.publicity.survey;

import java.util.UUID;

/** {@code data} of the {@code publicity.survey.*} events. */
public record SurveyEventData(UUID surveyId, long version, String countyCode, String townshipCode, int year,
                              int respondents, int aware, int satisfied) {

    public static SurveyEventData of(Survey s) {
        return new SurveyEventData(s.id, s.version, s.countyCode, s.townshipCode, s.year, s.respondents, s.aware,
                s.satisfied);
    }
}
