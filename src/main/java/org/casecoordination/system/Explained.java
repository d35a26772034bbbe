package org.casecoordination.system;

/**
 * An exception whose message a person reads on a page or in the API's {@code message}: its words are looked up by
 * key in the message bundles, in the request's language ({@link ErrorWords}); {@code getMessage()} keeps the
 * English for logs.
 */
public interface Explained {

    /** The key in the message bundles, or null when this one has English words only. */
    String messageKey();

    default Object[] messageArguments() {
        return new Object[0];
    }
}
