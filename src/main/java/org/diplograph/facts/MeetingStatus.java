package org.diplograph.facts;

/** Whether a reported meeting took place, as the text tells it. One concept each of {@code dg:Statuses}. */
public enum MeetingStatus {
    OCCURRED, PLANNED, HYPOTHETICAL, NEGATED;

    private final String code = Codes.code(this);

    /** The code, so that messages and keys read as the JSON does. */
    @Override
    public String toString() {
        return code;
    }

    /** The spelling of JSON Lines: {@code occurred}, {@code planned}, {@code hypothetical}, {@code negated}. */
    public String code() {
        return code;
    }

    /** The status spelled {@code code}; an unknown code is an {@link IllegalArgumentException}. */
    public static MeetingStatus of(String code) {
        return Codes.of(MeetingStatus.class, code);
    }
}
