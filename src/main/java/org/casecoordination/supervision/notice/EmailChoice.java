package org.casecoordination.supervision.notice;

/** How a person wants one kind of notice by email. */
public enum EmailChoice {
    AT_ONCE, DIGEST, NONE
}
