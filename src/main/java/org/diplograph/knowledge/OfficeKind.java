package org.diplograph.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The closed set of office kinds of the table's {@code kind} column. The office itself ("Chancellor of the
 * Exchequer", "Taoiseach") is free text; the kind is what a title in an article can be compared with.
 */
public enum OfficeKind {
    /** President, monarch, emir, pope, supreme leader, chairman of a collective presidency. */
    HEAD_OF_STATE("head-of-state", true),
    /** Vice president. */
    DEPUTY_HEAD_OF_STATE("deputy-head-of-state", false),
    /** Prime minister, premier, chancellor, president of the government (and presidents who also head it). */
    HEAD_OF_GOVERNMENT("head-of-government", true),
    /** Deputy prime minister, vice premier, first secretary of state. */
    DEPUTY_HEAD_OF_GOVERNMENT("deputy-head-of-government", false),
    /** Foreign minister under any title: foreign secretary, US secretary of state, external affairs minister. */
    FOREIGN_MINISTER("foreign-minister", true),
    /** Deputy or junior foreign minister, under secretary or deputy secretary of state, minister of state at a foreign office. */
    DEPUTY_FOREIGN_MINISTER("deputy-foreign-minister", false),
    /** Any other cabinet-level minister or secretary. */
    MINISTER("minister", false),
    /** Junior or deputy minister outside foreign affairs. */
    DEPUTY_MINISTER("deputy-minister", false),
    /** Ambassador or other head of a diplomatic mission (permanent representative, high commissioner). */
    AMBASSADOR("ambassador", true),
    /** Chargé d'affaires heading a mission without an ambassador. */
    CHARGE_D_AFFAIRES("charge-d-affaires", true),
    /** Special envoy, special representative, ambassador-at-large. */
    ENVOY("envoy", false),
    /** Spokesperson of a government, ministry or organization. */
    SPOKESPERSON("spokesperson", false),
    /** Head of an international organization: secretary-general, managing director, commission president. */
    HEAD_OF_ORGANIZATION("head-of-organization", true),
    /** Deputy head of an international organization. */
    DEPUTY_HEAD_OF_ORGANIZATION("deputy-head-of-organization", false),
    /** Another office of state below minister (assistant secretary, director of policy planning). */
    OFFICIAL("official", false),
    /** A member of the government whose office the source does not give. */
    GOVERNMENT_MEMBER("government-member", false),
    /**
     * A member of a legislature (MP, peer, senator), an office of its own: the tables give one only where a source
     * lists seats (the IfG's Commons and Lords seats of UK ministers, before and after their time in government).
     */
    LEGISLATOR("legislator", false);

    private static final Map<String, OfficeKind> BY_TOKEN =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(OfficeKind::token, Function.identity()));

    private final String token;
    private final boolean singleHolder;

    OfficeKind(String token, boolean singleHolder) {
        this.token = token;
        this.singleHolder = singleHolder;
    }

    /** How the kind is written in the table, e.g. {@code head-of-government}. */
    public String token() {
        return token;
    }

    /**
     * Whether one person at a time holds the office for one country or organization (for missions: one per
     * sending and receiving side), so that a new holder ends the term of the one before.
     */
    public boolean singleHolder() {
        return singleHolder;
    }

    /** The kind written as {@code token}, in either case. */
    public static Optional<OfficeKind> ofToken(String token) {
        return Optional.ofNullable(BY_TOKEN.get(token.strip().toLowerCase(Locale.ROOT)));
    }

    /** All tokens, for error messages and docs. */
    public static String tokens() {
        return Arrays.stream(values()).map(OfficeKind::token).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return token;
    }
}
