package org.diplograph.facts;

/** What an organization is to diplomacy: a body of one state, a body of several, or anything else. */
public enum OrganizationKind {
    /** A ministry, an army, a state agency: {@code dg:StateBody}. */
    STATE_BODY,
    /** The UN, NATO, the Caribbean Community: {@code dg:IntergovernmentalOrganization}. */
    INTERGOVERNMENTAL,
    /** A company, a party, a newspaper: an {@code org:Organization} only. */
    OTHER;

    private final String code = Codes.code(this);

    /** The code, so that messages and keys read as the JSON does. */
    @Override
    public String toString() {
        return code;
    }

    /** The spelling of JSON Lines and of {@code data/organizations.tsv}: {@code state-body}, … */
    public String code() {
        return code;
    }

    /** The kind spelled {@code code}; an unknown code is an {@link IllegalArgumentException}. */
    public static OrganizationKind of(String code) {
        return Codes.of(OrganizationKind.class, code);
    }
}
