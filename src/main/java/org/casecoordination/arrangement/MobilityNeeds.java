package org.casecoordination.arrangement;

/** What the client needs to travel, for the transport provider. Words: mobilityNeeds.CODE in the bundles. */
public enum MobilityNeeds {
    NONE, WHEELCHAIR, ESCORT, STRETCHER;
}
