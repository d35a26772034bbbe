package org.casecoordination.supervision.calendar;

import java.time.LocalDate;
import org.casecoordination.security.AllowedGroups;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.system.Dates;
import org.casecoordination.system.TrimmedStrings;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The holiday list of the business calendar, kept by administrators. A change counts for due dates computed from
 * then on; tasks already created keep theirs.
 */
@Controller
@AllowedGroups(value = Groups.ADMINS, because = "refusal.adminsOnly.holidays")
@TrimmedStrings
class HolidayAdminController {

    static final String PAGE = "admin/holidays";

    private final HolidayRepository holidays;
    private final StoredHolidays storedHolidays;
    private final CurrentUser currentUser;
    private final BusinessHours hours;
    private final Words words;
    private final Dates dates;

    HolidayAdminController(HolidayRepository holidays, StoredHolidays storedHolidays, CurrentUser currentUser,
            BusinessHours hours, Words words, Dates dates) {
        this.words = words;
        this.dates = dates;
        this.holidays = holidays;
        this.storedHolidays = storedHolidays;
        this.currentUser = currentUser;
        this.hours = hours;
    }

    @GetMapping("/admin/holidays")
    String list(Model model) {
        if (!model.containsAttribute("holiday")) {
            model.addAttribute("holiday", new HolidayForm());
        }
        model.addAttribute("holidays", holidays.findByDayGreaterThanEqualOrderByDay(
                LocalDate.now(hours.zone()).minusYears(1)));
        model.addAttribute("hours", hours);
        return PAGE;
    }

    @PostMapping("/admin/holidays")
    @Transactional
    String add(@Validated @ModelAttribute("holiday") HolidayForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.getDay() != null && holidays.existsById(form.getDay())) {
            result.rejectValue("day", "holidays.error.taken", "This day is already a holiday.");
        }
        if (result.hasErrors()) {
            return list(model);
        }
        holidays.save(new Holiday(form.getDay(), form.getName(), currentUser.id()));
        storedHolidays.changed();
        redirect.addFlashAttribute("message", words.text("holidays.added", dates.day(form.getDay())));
        return "redirect:/admin/holidays";
    }

    @PostMapping("/admin/holidays/{day}/delete")
    @Transactional
    String delete(@PathVariable LocalDate day, RedirectAttributes redirect) {
        holidays.deleteById(day);
        storedHolidays.changed();
        redirect.addFlashAttribute("message", words.text("holidays.removed", dates.day(day)));
        return "redirect:/admin/holidays";
    }
}
