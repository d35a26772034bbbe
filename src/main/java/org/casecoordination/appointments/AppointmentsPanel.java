package org.casecoordination.appointments;

import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CasePanel;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The case page's appointments and rides: those still ahead first, soonest first; past and cancelled ones below,
 * latest first. The page has opened the case through CaseFileService (access checked, the read audited).
 */
@Component
class AppointmentsPanel implements CasePanel {

    private final Appointments appointments;
    private final AppointmentViews views;

    AppointmentsPanel(Appointments appointments, AppointmentViews views) {
        this.appointments = appointments;
        this.views = views;
    }

    @Override
    public void addTo(CaseFile caseFile, Model model) {
        List<AppointmentView> all = views.of(caseFile.careCase(), appointments.of(caseFile.careCase()));
        model.addAttribute("appointments", new AppointmentLists(all.stream().filter(AppointmentView::upcoming).toList(),
                all.stream().filter(a -> !a.upcoming())
                        .sorted(Comparator.comparing(AppointmentView::startsAt).reversed()).toList(),
                views.zone().getDisplayName(TextStyle.FULL, LocaleContextHolder.getLocale()),
                caseFile.careCase().isClosed()));
    }
}
