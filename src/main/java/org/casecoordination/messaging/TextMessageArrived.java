package org.casecoordination.messaging;

import org.casecoordination.casefile.TimelineText;

/**
 * A text that is no STOP or START came in from a number the case texted last: its coordinator is told (the notice
 * names the number, never what the text says, since a notice may be emailed). Published in the webhook's
 * transaction.
 *
 * @param caseNumber the case that last texted the number
 * @param coordinator the case's coordinator (login)
 * @param notice what the notice says
 */
public record TextMessageArrived(String caseNumber, String coordinator, TimelineText notice) {
}
