package org.casecoordination.supervision.calendar;

import org.casecoordination.casefile.CaseRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two beans the diagrams call by name: {@code businessCalendar} and {@code slaDueDates}. */
@Configuration
@EnableConfigurationProperties({BusinessHours.class, SlaTimes.class})
class CalendarConfiguration {

    @Bean("businessCalendar")
    BusinessCalendar businessCalendar(BusinessHours hours, Holidays holidays) {
        return new BusinessCalendar(hours, holidays);
    }

    @Bean("slaDueDates")
    SlaDueDates slaDueDates(CaseRepository cases, BusinessCalendar businessCalendar, SlaTimes times) {
        return new SlaDueDates(cases, businessCalendar, times);
    }
}
