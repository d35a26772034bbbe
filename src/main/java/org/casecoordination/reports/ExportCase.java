package org.casecoordination.reports;

/**
 * One case behind a number as an export lists it: a {@link CaseLine} and its primary concern, and whether the
 * case holds substance-use information (42 CFR Part 2: the primary concern is substance use or a referral went to a
 * substance-use program).
 */
record ExportCase(String caseNumber, String firstName, String lastName, String stage, String owner, String concern,
        boolean part2) {
}
