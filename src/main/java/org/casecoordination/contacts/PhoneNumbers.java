package org.casecoordination.contacts;

import static com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE;
import static com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType.MOBILE;
import static com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType.PERSONAL_NUMBER;
import static com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType.VOIP;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Phone numbers as people type them, read with libphonenumber (Google's metadata of every country's numbering
 * plan): checked, kept in E.164 ({@code +12125550123}) so a gateway can dial them, and shown in the national format
 * of the configured region ({@code (212) 555-0123}), other countries' numbers in international format. In a
 * template: {@code ${@phoneNumbers.forPeople(contact.phone)}}.
 */
@Component("phoneNumbers")
public class PhoneNumbers {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    /**
     * The kinds of number a text message can reach. Where a country's plan cannot tell mobiles from landlines (the
     * US, Canada: FIXED_LINE_OR_MOBILE) we must accept the number and let the gateway report a failure; VoIP and
     * personal numbers usually take texts. A number the plan says is a landline, toll-free, premium-rate, shared-cost,
     * a pager, voicemail or of no known kind is refused for texts: a message to it is lost without anyone knowing.
     */
    private static final Set<PhoneNumberType> TAKE_TEXTS = Set.of(MOBILE, FIXED_LINE_OR_MOBILE, VOIP, PERSONAL_NUMBER);

    private final String region;

    public PhoneNumbers(ContactProperties properties) {
        this.region = properties.phoneRegion().strip().toUpperCase(Locale.ROOT);
        if (!NUMBERS.getSupportedRegions().contains(region)) {
            throw new IllegalStateException("case-coordination.contacts.phone-region is " + properties.phoneRegion()
                    + ", which is no country libphonenumber knows (an ISO 3166-1 code such as US).");
        }
    }

    /** The number in E.164 when the text is a valid number (of the configured region when it has no country code). */
    public Optional<String> e164(String text) {
        return parse(text).map(number -> NUMBERS.format(number, PhoneNumberFormat.E164));
    }

    /** Whether a text message can reach this number (E.164 or as typed); see {@link #TAKE_TEXTS}. */
    public boolean takesTexts(String number) {
        return parse(number).map(NUMBERS::getNumberType).filter(TAKE_TEXTS::contains).isPresent();
    }

    /** The number as people of this region write it; empty for none, as stored when it is no number. */
    public String forPeople(String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        return parse(number).map(parsed -> NUMBERS.format(parsed,
                        region.equals(NUMBERS.getRegionCodeForNumber(parsed)) ? PhoneNumberFormat.NATIONAL
                                : PhoneNumberFormat.INTERNATIONAL))
                .orElse(number);
    }

    /** The valid numbers written in a text ("Ana Ruiz, 212 555 0123"), in E.164, with where each stands. */
    List<Found> findIn(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        for (PhoneNumberMatch match : NUMBERS.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, 100)) {
            found.add(new Found(NUMBERS.format(match.number(), PhoneNumberFormat.E164), match.start(), match.end()));
        }
        return found;
    }

    /** A number found in a text: E.164, and the characters it took. */
    record Found(String e164, int start, int end) {
    }

    private Optional<PhoneNumber> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = NUMBERS.parse(text.strip(), region);
            return NUMBERS.isValidNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }
}
