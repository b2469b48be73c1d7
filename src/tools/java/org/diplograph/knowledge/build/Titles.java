package org.diplograph.knowledge.build;

import java.util.Optional;
import java.util.regex.Pattern;

import org.diplograph.knowledge.OfficeKind;
import org.diplograph.knowledge.PersonNames;

/**
 * Office kinds from titles as the sources write them ("Prime Minister", "Vice Premier", "Secretary of State for
 * Foreign and Commonwealth Affairs", "Charge d'Affaires"). The deputy forms are tried before the plain ones, and
 * titles of persons who do not hold the office yet or any more (president-elect, designate, heir) give nothing.
 */
final class Titles {
    private static final Pattern NOT_IN_OFFICE = words("elect|designate|designee|nominee|heir|former|opposition"
            + "|represented by|governor|governor general|crown prince(?!.*prime minister)|shadow|candidate|pretender");
    private static final Pattern DEPUTY = words("deputy|dep|vice|first deputy|under secretary|undersecretary|under-secretary"
            + "|assistant|minister of state|ministers of state|state secretary|junior|parliamentary secretary"
            + "|parliamentary under");
    private static final Pattern FOREIGN = words("foreign|external affairs|external relations|foreign relations"
            + "|exterior|foreign and commonwealth|foreign, commonwealth");
    private static final Pattern HEAD_OF_GOVERNMENT = words("prime minister|premier|(?<!lord )chancellor(?! of the exchequer"
            + "| of the duchy| of justice)|head of government|president of the government|president of the council of ministers"
            + "|chairman of the council of ministers|chairmen of the council of ministers|chairwoman of the council of ministers|taoiseach"
            + "|chairman of the government|chief executive|first minister");
    private static final Pattern HEAD_OF_STATE = words("president|king|queen|emir|amir|sultan|emperor|empress"
            + "|grand duke|grand duchess|prince|princess|pope|supreme leader|co prince|captain regent|captains regent"
            + "|chairman of the presidency|chairman of the presidential council|head of state|chief of state|monarch"
            + "|yang di pertuan agong|chairman of the state affairs commission|leader of the revolution");
    private static final Pattern MISSION = words("ambassador|ambassadors|permanent representative|high commissioner"
            + "|chief of mission");
    private static final Pattern CHARGE = words("charge d affaires|charge daffaires|charge|charg d affaires|chargé");
    private static final Pattern ENVOY = words("envoy|special representative|ambassador at large|special coordinator"
            + "|special adviser|personal representative");
    private static final Pattern SPOKESPERSON = words("spokesman|spokeswoman|spokesperson|spokespersons|press secretary");
    private static final Pattern HEAD_OF_ORGANIZATION = words("secretary general|director general|managing director"
            + "|president of the european commission|commission president|president of the commission"
            + "|president of the european council|executive director|high commissioner");
    private static final Pattern MINISTER = words("minister|ministers|secretary of state|secretary of|attorney general"
            + "|chancellor of the exchequer|chancellor of the duchy|lord chancellor|lord privy seal|lord president"
            + "|chief secretary|home secretary|foreign secretary|defence secretary|trade representative|chief whip"
            + "|leader of the house|paymaster general");

    private Titles() {}

    /** Where a title is read: a Factbook section or a mission field sets the default; elsewhere the title alone. */
    enum Context { HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MISSION, ORGANIZATION, ANY }

    /**
     * The kind of office a title names, or empty when it names none or a person not in office. In a Factbook
     * section, {@code first} says whether the person is the section's first, whose kind is the section's unless
     * the title says deputy; US-only titles ("Secretary of State") need {@code country}.
     */
    static Optional<OfficeKind> kind(String title, Context context, boolean first, String country) {
        String t = " " + PersonNames.key(title) + " ";
        // A date in the "title" means running text ("on 13 November 2022, President"), not a title.
        if (NOT_IN_OFFICE.matcher(t).find() || title.chars().anyMatch(Character::isDigit))
            return Optional.empty();
        boolean deputy = DEPUTY.matcher(t).find();
        if (context == Context.MISSION) {
            if (CHARGE.matcher(t).find())
                return Optional.of(OfficeKind.CHARGE_D_AFFAIRES);
            if (ENVOY.matcher(t).find())
                return Optional.of(OfficeKind.ENVOY);
            if (MISSION.matcher(t).find())
                return Optional.of(OfficeKind.AMBASSADOR);
            return Optional.empty();
        }
        if (context == Context.ORGANIZATION) {
            if (SPOKESPERSON.matcher(t).find())
                return Optional.of(OfficeKind.SPOKESPERSON);
            if (ENVOY.matcher(t).find())
                return Optional.of(OfficeKind.ENVOY);
            if (HEAD_OF_ORGANIZATION.matcher(t).find() || words("president|chairman|chair|head").matcher(t).find())
                return Optional.of(deputy ? OfficeKind.DEPUTY_HEAD_OF_ORGANIZATION : OfficeKind.HEAD_OF_ORGANIZATION);
            if (FOREIGN.matcher(t).find())
                return Optional.of(OfficeKind.FOREIGN_MINISTER);
            return Optional.empty();
        }
        if (SPOKESPERSON.matcher(t).find())
            return Optional.of(OfficeKind.SPOKESPERSON);
        if (ENVOY.matcher(t).find())
            return Optional.of(OfficeKind.ENVOY);
        if (CHARGE.matcher(t).find() && words("affaires").matcher(t).find())
            return Optional.of(OfficeKind.CHARGE_D_AFFAIRES);
        if (MISSION.matcher(t).find())
            return Optional.of(OfficeKind.AMBASSADOR);
        boolean foreign = FOREIGN.matcher(t).find() && !words("foreign trade|foreign economic").matcher(t).find();
        boolean headOfGovernment = HEAD_OF_GOVERNMENT.matcher(t).find();
        boolean usSecretary = "US".equals(country) && t.strip().matches("(acting )?secretary of state( ad interim)?");
        if (deputy) {
            if (headOfGovernment)
                return Optional.of(OfficeKind.DEPUTY_HEAD_OF_GOVERNMENT);
            if (foreign || words("deputy secretary of state|under secretary of state|undersecretary of state")
                    .matcher(t).find() && "US".equals(country))
                return Optional.of(OfficeKind.DEPUTY_FOREIGN_MINISTER);
            if (words("president|vice president|vice chairman of the presidency").matcher(t).find())
                return Optional.of(context == Context.HEAD_OF_GOVERNMENT
                        ? OfficeKind.DEPUTY_HEAD_OF_GOVERNMENT : OfficeKind.DEPUTY_HEAD_OF_STATE);
            if (MINISTER.matcher(t).find() || words("secretary").matcher(t).find())
                return Optional.of(OfficeKind.DEPUTY_MINISTER);
            return Optional.empty();
        }
        if (headOfGovernment)
            return Optional.of(OfficeKind.HEAD_OF_GOVERNMENT);
        if (foreign && (MINISTER.matcher(t).find() || words("secretary").matcher(t).find()))
            return Optional.of(OfficeKind.FOREIGN_MINISTER);
        if (usSecretary)
            return Optional.of(OfficeKind.FOREIGN_MINISTER);
        if (context == Context.HEAD_OF_STATE && (first || HEAD_OF_STATE.matcher(t).find()))
            return Optional.of(OfficeKind.HEAD_OF_STATE);
        if (context == Context.HEAD_OF_GOVERNMENT && first)
            return Optional.of(OfficeKind.HEAD_OF_GOVERNMENT);
        if (MINISTER.matcher(t).find())
            return Optional.of(OfficeKind.MINISTER);
        if (context == Context.ANY && HEAD_OF_STATE.matcher(t).find())
            return Optional.of(OfficeKind.HEAD_OF_STATE);
        return Optional.empty();
    }

    /** A pattern of alternatives matched as whole words of the folded title (spaces around it). */
    private static Pattern words(String alternatives) {
        return Pattern.compile(" (?:" + alternatives.replace("-", " ") + ") ");
    }
}
