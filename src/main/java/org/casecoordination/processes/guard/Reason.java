package org.casecoordination.processes.guard;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * Why the guard refuses something: the English sentence the engine and its logs keep, and the message key with its
 * arguments (names and expressions from the file, or other reasons) that the Processes page and the APIs read in
 * the reader's language. The bundle's English must read the same as {@link #english}.
 */
public record Reason(String code, String english, List<Object> arguments) implements MessageSourceResolvable {

    static Reason of(String code, String english, Object... arguments) {
        return new Reason(code, english, Arrays.asList(arguments));
    }

    /** Two reasons for one expression, said one after the other. */
    static Reason both(Reason first, Reason second) {
        return of("guardProblem.both", first.english() + "; " + second.english(), first, second);
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return english;
    }
}
