package org.casecoordination.contacts;

import java.util.List;

/**
 * Reads a caregiver written as one line ("Maria Lopez, (212) 555-0123", the referral page's box and the record before
 * V52) into a name and an E.164 phone. What it cannot read with certainty is kept whole as the contact's note, so
 * nothing is lost: no valid number and digits in the text, several numbers, or a name that is too long or still
 * has digits in it.
 */
record CaregiverText(String name, String phone, String note) {

    static final int NAME_MAX = 200;
    static final int NOTE_MAX = 500;

    /**
     * Separators left around a name once the number is taken out ("Maria Lopez, "); not brackets, which may close
     * the name ("Maria (daughter), 212 555 0199").
     */
    private static final String EDGES = "^[\\s,;:/|\\-–—.]+|[\\s,;:/|\\-–—.]+$";

    static CaregiverText read(String text, PhoneNumbers phones) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (line.isEmpty()) {
            return new CaregiverText(null, null, null);
        }
        List<PhoneNumbers.Found> numbers = phones.findIn(line);
        if (numbers.isEmpty()) {
            return hasDigit(line) || line.length() > NAME_MAX ? asNote(line) : new CaregiverText(line, null, null);
        }
        if (numbers.size() > 1) {
            return asNote(line);
        }
        PhoneNumbers.Found number = numbers.get(0);
        String name = (line.substring(0, number.start()) + " " + line.substring(number.end()))
                .replaceAll(EDGES, "").replaceAll("\\s+", " ").replaceAll("\\s+,", ",");
        if (hasDigit(name) || name.length() > NAME_MAX) {
            return asNote(line);
        }
        return new CaregiverText(name.isEmpty() ? null : name, number.e164(), null);
    }

    boolean isEmpty() {
        return name == null && phone == null && note == null;
    }

    private static CaregiverText asNote(String line) {
        return new CaregiverText(null, null, line.length() > NOTE_MAX ? line.substring(0, NOTE_MAX) : line);
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }
}
