package org.casecoordination.browser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Words of the English screens that a Spanish page must not show: the navigation, table headings, buttons and the
 * small words of any English sentence ("the", "your"). Whole words only, and not inside a hyphenated name: the test
 * clients are called "Sweep-Closed" and the like. Names of people, teams and providers are data, not words of the
 * screens, so words that are also in the demo data ("Team North", "Northside Home Care") are left out.
 */
final class EnglishWords {

    static final List<String> WORDS = List.of(
            // sentences
            "the", "and", "your", "with", "for", "this", "that", "from", "there", "has", "have", "not", "yet",
            "was", "will", "can", "are", "been",
            // navigation and account
            "Tasks", "My tasks", "Team queue", "Cases", "Search", "Log out", "Notices", "Providers", "Supervision",
            "Caseload", "Absences", "On call", "Processes", "Insights", "Users", "Holidays", "Incidents",
            "Account", "Password", "Change password", "Skip to",
            // headings, labels and table headers
            "Client", "Task", "Due", "Owner", "Stage", "Status", "Name", "Phone", "Address", "Date of birth",
            "Notes", "Details", "Acuity", "Overdue", "Today", "Tomorrow", "Assigned", "Unassigned", "Priority",
            "Reason", "Service", "Services", "Provider", "Language", "Languages", "Consent", "Consents",
            "Referral", "Follow-up", "Closure", "Version", "Versions", "Started", "Completed", "Created",
            "Updated", "Type", "Area", "Start", "End", "Timeline", "History", "Score", "Answer",
            // buttons
            "Save", "Cancel", "Submit", "Claim", "Unclaim", "Next", "Back", "Edit", "Delete", "Remove", "Add",
            "Open", "Close", "Show", "Hide", "Filter", "Apply", "Choose", "Confirm", "Send", "Upload", "Import",
            "Deploy", "Download", "Yes");

    private static final Pattern ANY = Pattern.compile("(?<![\\p{L}\\d-])(" + String.join("|", WORDS.stream()
            .map(Pattern::quote).toList()) + ")(?![\\p{L}\\d-])");

    /** The English words of the list in the text, each once with the words around it, in the order found. */
    static List<String> in(String text) {
        Set<String> words = new LinkedHashSet<>();
        List<String> found = new ArrayList<>();
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            if (words.add(m.group(1))) {
                String around = text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30));
                found.add(m.group(1) + " (\u2026" + around.replaceAll("\\s+", " ") + "\u2026)");
            }
        }
        return found;
    }

    /**
     * What a person reads on the current page: its visible text, and the words a screen reader says or a pointer
     * shows without being visible (aria-label, title, placeholder, alt, a button's value).
     */
    static String ofPage(ChromeDriver browser) {
        return (String) browser.executeScript("""
                const said = [...document.querySelectorAll('[aria-label], [title], [placeholder], img[alt], '
                    + 'input[type=submit][value], input[type=button][value]')]
                    .flatMap(e => ['aria-label', 'title', 'placeholder', 'alt', 'value']
                        .filter(a => e.hasAttribute(a)
                            && (a !== 'value' || e.matches('input[type=submit], input[type=button]')))
                        .map(a => e.getAttribute(a)));
                // people's names are data, marked translate="no" as HTML has it for words not to translate
                let text = document.body.innerText;
                for (const name of document.querySelectorAll('[translate=no]')) {
                    if (name.innerText.trim()) {
                        text = text.split(name.innerText).join(' ');
                    }
                }
                return document.title + '\\n' + text + '\\n' + said.join('\\n');
                """);
    }

    private EnglishWords() {
    }
}
