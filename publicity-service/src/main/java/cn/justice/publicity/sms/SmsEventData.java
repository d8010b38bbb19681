package cn.justice.publicity.sms;

import cn.justice.publicity.common.Theme;

import java.time.LocalDate;
import java.util.UUID;

/** {@code data} of the {@code publicity.sms-campaign.*} events. */
public record SmsEventData(UUID campaignId, long version, String countyCode, String townshipCode, LocalDate sentOn,
                           int messagesSent, Theme theme) {

    public static SmsEventData of(SmsCampaign s) {
        return new SmsEventData(s.id, s.version, s.countyCode, s.townshipCode, s.sentOn, s.messagesSent, s.theme);
    }
}
