package org.diplograph.facts;

/** How officials met: the kind of contact a meeting report describes. One concept each of {@code dg:MeetingModes}. */
public enum MeetingMode {
    /** One side travelled to the other's country. */
    VISIT,
    /** One side received the other at home. */
    HOST,
    /** A meeting, neither side's home said (or at a third place). */
    MEETING,
    /** A multilateral summit. */
    SUMMIT,
    /** A phone or video call. */
    CALL,
    /** Talks or a negotiation. */
    TALKS;

    private final String code = Codes.code(this);

    /** The code, so that messages and keys read as the JSON does. */
    @Override
    public String toString() {
        return code;
    }

    /** The spelling of JSON Lines: {@code visit}, {@code host}, … */
    public String code() {
        return code;
    }

    /** The mode spelled {@code code}; an unknown code is an {@link IllegalArgumentException}. */
    public static MeetingMode of(String code) {
        return Codes.of(MeetingMode.class, code);
    }
}
