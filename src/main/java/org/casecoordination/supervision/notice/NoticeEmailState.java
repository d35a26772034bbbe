package org.casecoordination.supervision.notice;

/** What became of a notice's email (see V54). */
enum NoticeEmailState {
    AT_ONCE, SENDING, SENT, FAILED, DIGEST, IN_DIGEST, NONE, NOT_SENT
}
