package org.diplograph.eval.devset;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.diplograph.eval.Scores;
import org.diplograph.eval.meetings.Names;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.MeetingFact;
import org.diplograph.facts.Participant;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.PostFact;
import org.diplograph.facts.RelationFact;
import org.diplograph.facts.Span;
import org.diplograph.facts.Speaker;
import org.diplograph.facts.StatementFact;

/**
 * Scores one article's facts against its gold and adds the counts to a {@link Tally}. Writes what it matched and
 * missed to {@code out} when given one (the tune half); the blind half passes null, so nobody reads its errors.
 * Everything is scored with identity and country required to be right; the "by name" figures beside them show
 * how much the country costs.
 */
final class ArticleScorer {
    private final DevsetGold gold;
    private final ArticleFacts facts;
    private final Tally tally;
    private final PrintWriter out;

    ArticleScorer(DevsetGold gold, ArticleFacts facts, Tally tally, PrintWriter out) {
        this.gold = gold;
        this.facts = facts;
        this.tally = tally;
        this.out = out;
    }

    void score() {
        officials();
        identities();
        meetings();
        statements();
        relations();
    }

    private void say(String format, Object... args) {
        if (out != null)
            out.printf("  " + format + "%n", args);
    }

    // ------------------------------------------------------------------ officials

    /** An official is found when a system official has their name and the country (or body) they act for. */
    private void officials() {
        List<PersonFact> system = facts.people().stream().filter(PersonFact::official).toList();
        List<DevsetGold.Person> officials = gold.persons().stream().filter(DevsetGold.Person::isOfficial).toList();
        List<DevsetGold.Person> unsure = gold.persons().stream().filter(DevsetGold.Person::officialUnsure).toList();
        tally.officials = tally.officials.plus(officialScores(officials, unsure, system, true));
        tally.officialsByName = tally.officialsByName.plus(officialScores(officials, unsure, system, false));
        for (PersonFact p : system)
            if (officials.stream().anyMatch(g -> PersonNames.match(g.fullName(), p.name()) > 0))
                tally.officialsWithCountry.add(p.posts().stream()
                        .anyMatch(post -> post.countryIso2() != null || post.organization() != null));
    }

    private Scores officialScores(List<DevsetGold.Person> officials, List<DevsetGold.Person> unsure,
                                  List<PersonFact> system, boolean withCountry) {
        List<PersonFact> left = new ArrayList<>(system);
        int tp = 0, fn = 0;
        for (DevsetGold.Person g : officials) {
            PersonFact hit = best(g, left, withCountry);
            if (hit == null) {
                fn++;
                if (withCountry)
                    say("official missed: %s (%s, %s)%s", g.fullName(), g.office(), g.forWhom(),
                            system.stream().filter(p -> PersonNames.match(g.fullName(), p.name()) > 0)
                                    .map(p -> " — found as " + p.name() + " " + countries(p)).findFirst().orElse(""));
            } else {
                tp++;
                left.remove(hit);
            }
        }
        int fp = 0;
        for (PersonFact p : left) {
            if (unsure.stream().anyMatch(g -> PersonNames.match(g.fullName(), p.name()) > 0))
                continue;
            fp++;
            if (withCountry)
                say("official extra: %s %s", p.name(), countries(p));
        }
        return new Scores(tp, fp, fn);
    }

    private static PersonFact best(DevsetGold.Person g, List<PersonFact> candidates, boolean withCountry) {
        return candidates.stream()
                .filter(p -> PersonNames.match(g.fullName(), p.name()) > 0)
                .filter(p -> !withCountry || actsFor(g, p.posts()))
                .max(Comparator.comparingInt(p -> PersonNames.match(g.fullName(), p.name())))
                .orElse(null);
    }

    private static boolean actsFor(DevsetGold.Person g, List<PostFact> posts) {
        if (g.country() != null)
            return posts.stream().anyMatch(p -> g.country().equals(p.countryIso2()));
        if (g.organization() != null)
            return posts.stream().anyMatch(p -> p.organization() != null && sameOrganization(g.organization(), p.organization()));
        return true;
    }

    private static String countries(PersonFact p) {
        return p.posts().stream().map(post -> post.title() + "/" + post.countryIso2() + "/" + post.organization()).toList()
                .toString();
    }

    // ------------------------------------------------------------------ identity

    /** How many system persons each real person became in this article (1 is right). */
    private void identities() {
        for (DevsetGold.Person g : gold.persons()) {
            List<PersonFact> same = facts.people().stream()
                    .filter(p -> PersonNames.match(g.fullName(), p.name()) > 0)
                    .filter(p -> gold.persons().stream().noneMatch(o -> o != g
                            && PersonNames.match(o.fullName(), p.name()) > PersonNames.match(g.fullName(), p.name())))
                    .toList();
            if (same.isEmpty())
                continue;
            tally.personsPerRealPerson.add(same.size());
            if (same.size() > 1)
                say("one person, %d identities: %s -> %s", same.size(), g.fullName(),
                        same.stream().map(PersonFact::key).toList());
        }
    }

    // ------------------------------------------------------------------ meetings

    private record SystemPair(Participant a, Participant b, MeetingFact meeting) {
        String label() {
            return a.name() + " (" + a.countryIso2() + ") — " + b.name() + " (" + b.countryIso2() + ")";
        }
    }

    private void meetings() {
        List<DevsetGold.Pair> occurred = gold.pairs(m -> !m.optional() && m.status().equals("occurred"), false);
        List<DevsetGold.Pair> optionalOccurred = new ArrayList<>(gold.pairs(m -> m.optional() && m.status().equals("occurred"), false));
        optionalOccurred.addAll(gold.pairs(m -> m.status().equals("occurred"), true));
        List<SystemPair> system = systemPairs(facts.meetings().stream().filter(m -> status(m).equals("occurred")).toList());
        List<Matched> matched = new ArrayList<>();
        tally.meetingPairs = tally.meetingPairs.plus(matchPairs(occurred, optionalOccurred, system, true, matched, true));
        for (Matched m : matched) {
            tally.meetingDate.add(DevsetGold.dateRight(m.gold().meeting().date(), m.system().meeting().date()));
            tally.meetingMode.add(Objects.equals(m.gold().meeting().mode(), mode(m.system().meeting())));
        }
        tally.meetingPairsByName = tally.meetingPairsByName.plus(
                matchPairs(occurred, optionalOccurred, system, false, new ArrayList<>(), false));
        List<DevsetGold.Pair> any = gold.pairs(m -> !m.optional(), false);
        List<DevsetGold.Pair> optionalAny = new ArrayList<>(gold.pairs(DevsetGold.Meeting::optional, false));
        optionalAny.addAll(gold.pairs(m -> true, true));
        List<Matched> anyMatched = new ArrayList<>();
        tally.meetingPairsAnyStatus = tally.meetingPairsAnyStatus.plus(
                matchPairs(any, optionalAny, systemPairs(facts.meetings()), true, anyMatched, false));
        for (Matched m : anyMatched)
            tally.meetingStatus.add(m.gold().meeting().status().equals(status(m.system().meeting())));
    }

    private record Matched(DevsetGold.Pair gold, SystemPair system) {
    }

    private static List<SystemPair> systemPairs(List<MeetingFact> meetings) {
        List<SystemPair> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MeetingFact m : meetings)
            for (int i = 0; i < m.participants().size(); i++)
                for (int j = i + 1; j < m.participants().size(); j++) {
                    Participant a = m.participants().get(i), b = m.participants().get(j);
                    if (a.side() == b.side())
                        continue;
                    String id = a.identity().compareTo(b.identity()) < 0 ? a.identity() + "+" + b.identity()
                            : b.identity() + "+" + a.identity();
                    if (seen.add(id))
                        out.add(new SystemPair(a, b, m));
                }
        return out;
    }

    private Scores matchPairs(List<DevsetGold.Pair> gold, List<DevsetGold.Pair> optional, List<SystemPair> system, boolean withCountry,
                              List<Matched> matched, boolean report) {
        List<SystemPair> left = new ArrayList<>(system);
        int tp = 0, fn = 0;
        for (DevsetGold.Pair g : gold) {
            SystemPair hit = left.stream().filter(s -> same(g, s, withCountry)).findFirst().orElse(null);
            if (hit == null) {
                fn++;
                if (report)
                    say("meeting pair missed: %s (%s)", g.label(), g.meeting().status());
                continue;
            }
            tp++;
            left.remove(hit);
            matched.add(new Matched(g, hit));
            if (report)
                say("meeting pair ok: %s date %s/%s mode %s/%s", g.label(), g.meeting().date(), hit.meeting().date(),
                        g.meeting().mode(), mode(hit.meeting()));
        }
        int fp = 0;
        for (SystemPair s : left) {
            if (optional.stream().anyMatch(g -> same(g, s, false)))
                continue;
            fp++;
            if (report)
                say("meeting pair extra: %s (%s, %s) in «%s»", s.label(), status(s.meeting()), s.meeting().date(),
                        s.meeting().provenance().evidence().text().replace('\n', ' '));
        }
        return new Scores(tp, fp, fn);
    }

    private boolean same(DevsetGold.Pair g, SystemPair s, boolean withCountry) {
        return member(g.a(), s.a(), withCountry) && member(g.b(), s.b(), withCountry)
                || member(g.a(), s.b(), withCountry) && member(g.b(), s.a(), withCountry);
    }

    /** A gold member (alternative names) is a system participant. */
    private boolean member(Set<String> alternatives, Participant p, boolean withCountry) {
        for (String alt : alternatives) {
            if (alt.matches("[A-Z]{2}")) {
                if (p.personKey() == null && p.organizationKey() == null && alt.equals(p.countryIso2()))
                    return true;
            } else if (alt.startsWith("org:")) {
                if (p.organizationKey() != null && sameOrganization(alt.substring(4), p.name()))
                    return true;
            } else if (p.personKey() != null && PersonNames.match(alt, p.name()) > 0) {
                DevsetGold.Person g = gold.person(alt);
                if (!withCountry || g == null || g.country() == null || g.country().equals(p.countryIso2()))
                    return true;
            }
        }
        return false;
    }

    private static String status(MeetingFact m) {
        return m.status().code();
    }

    /** The system's mode in the gold's vocabulary (meeting, visit, summit, call). */
    private static String mode(MeetingFact m) {
        String mode = m.mode().code();
        return switch (mode) {
            case "host" -> "visit";
            case "talks" -> "meeting";
            default -> mode;
        };
    }

    // ------------------------------------------------------------------ statements

    private void statements() {
        String text = facts.article().text();
        int offset = facts.article().offset();
        List<StatementFact> system = facts.statements();
        record Anchored(DevsetGold.Statement gold, Span span) {
        }
        List<Anchored> anchored = new ArrayList<>();
        for (DevsetGold.Statement g : gold.statements()) {
            int at = text.indexOf(g.anchor());
            if (at < 0)
                throw new IllegalStateException(gold.id() + ": statement anchor not in the article: " + g.anchor());
            anchored.add(new Anchored(g, new Span(offset + at, offset + at + g.anchor().length(), g.anchor())));
        }
        // one to one: first the pairs whose speaker is right, then any that overlap
        Set<StatementFact> used = new HashSet<>();
        Set<Anchored> right = new LinkedHashSet<>(), found = new LinkedHashSet<>();
        for (boolean speakerRequired : new boolean[] {true, false})
            for (Anchored a : anchored) {
                if (found.contains(a))
                    continue;
                for (StatementFact s : system) {
                    if (used.contains(s) || !covers(s.provenance().evidence(), a.span()))
                        continue;
                    boolean ok = speaker(a.gold().speaker(), s.speaker());
                    if (speakerRequired && !ok)
                        continue;
                    used.add(s);
                    found.add(a);
                    if (ok)
                        right.add(a);
                    break;
                }
            }
        for (Anchored a : anchored) {
            if (a.gold().optional())
                continue;
            boolean isFound = found.contains(a), isRight = right.contains(a);
            tally.statementsFound.add(isFound);
            if (isFound)
                tally.speakerRight.add(isRight);
            if (!isRight)
                say("statement %s: %s «%s»%s", isFound ? "wrong speaker" : "missed", a.gold().speaker(),
                        a.gold().anchor(), isFound ? " — said by " + system.stream()
                                .filter(s -> covers(s.provenance().evidence(), a.span())).map(s -> s.speaker() == null
                                        ? "nobody" : s.speaker().name()).toList() : "");
        }
        long requiredRight = right.stream().filter(a -> !a.gold().optional()).count();
        long required = anchored.stream().filter(a -> !a.gold().optional()).count();
        int fp = 0;
        for (StatementFact s : system) {
            if (s.speaker() == null || s.speaker().name() == null)
                continue;
            boolean rightOrOptional = anchored.stream().anyMatch(a -> covers(s.provenance().evidence(), a.span())
                    && (a.gold().optional() || right.contains(a) && speaker(a.gold().speaker(), s.speaker())));
            if (!rightOrOptional) {
                fp++;
                say("statement extra: %s «%s»", s.speaker().name(), abbreviate(s.provenance().evidence().text()));
            }
        }
        tally.attribution = tally.attribution.plus(new Scores(requiredRight, fp, required - requiredRight));
    }

    /** The content span holds at least half of the anchor. */
    private static boolean covers(Span content, Span anchor) {
        int overlap = Math.min(content.end(), anchor.end()) - Math.max(content.begin(), anchor.begin());
        return overlap * 2 >= anchor.end() - anchor.begin();
    }

    private boolean speaker(Set<String> alternatives, Speaker s) {
        if (s == null || s.name() == null)
            return false;
        for (String alt : alternatives) {
            if (alt.matches("[A-Z]{2}")) {
                if (s.personKey() == null && alt.equals(s.countryIso2()))
                    return true;
            } else if (alt.startsWith("org:")) {
                if (s.organizationKey() != null && sameOrganization(alt.substring(4), s.name()))
                    return true;
            } else if (s.personKey() != null && PersonNames.match(alt, s.name()) > 0)
                return true;
        }
        return false;
    }

    private static String abbreviate(String text) {
        String t = text.replace('\n', ' ');
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }

    // ------------------------------------------------------------------ relations

    private void relations() {
        Set<String> goldPairs = new LinkedHashSet<>(), optionalPairs = new HashSet<>();
        Set<String> goldTyped = new LinkedHashSet<>(), optionalTyped = new HashSet<>();
        for (DevsetGold.Relation r : gold.relations()) {
            (r.optional() ? optionalPairs : goldPairs).add(unordered(r.source(), r.target()));
            (r.optional() ? optionalTyped : goldTyped).add(r.source() + ">" + r.target() + " " + r.type());
        }
        Set<String> systemPairs = new LinkedHashSet<>(), systemTyped = new LinkedHashSet<>();
        for (RelationFact r : facts.relations()) {
            systemPairs.add(unordered(r.sourceIso2(), r.targetIso2()));
            systemTyped.add(r.sourceIso2() + ">" + r.targetIso2() + " " + r.type());
        }
        Scores pairs = setScores(goldPairs, optionalPairs, systemPairs, "relation pair");
        tally.relationPairs = tally.relationPairs.plus(pairs);
        if (!goldPairs.isEmpty() || pairs.falsePositives() > 0)
            tally.relationPairsMacroF1.add(pairs.f1());
        tally.typedRelations = tally.typedRelations.plus(setScores(goldTyped, optionalTyped, systemTyped, "relation"));
        for (DevsetGold.Relation r : gold.relations()) {
            if (r.optional())
                continue;
            String key = r.source() + ">" + r.target() + " " + r.type();
            facts.relations().stream().filter(s -> key.equals(s.sourceIso2() + ">" + s.targetIso2() + " " + s.type()))
                    .findFirst().ifPresent(s -> tally.relationDate.add(DevsetGold.dateRight(r.date(), s.date())));
        }
    }

    private Scores setScores(Set<String> gold, Set<String> optional, Set<String> system, String what) {
        int tp = 0, fp = 0, fn = 0;
        for (String g : gold)
            if (system.contains(g))
                tp++;
            else {
                fn++;
                say("%s missed: %s", what, g);
            }
        for (String s : system)
            if (!gold.contains(s) && !optional.contains(s)) {
                fp++;
                say("%s extra: %s", what, s);
            }
        return new Scores(tp, fp, fn);
    }

    static String unordered(String a, String b) {
        return a.compareTo(b) < 0 ? a + "–" + b : b + "–" + a;
    }

    static boolean sameOrganization(String gold, String system) {
        String a = Names.normalize(gold), b = Names.normalize(system);
        if (a.isEmpty() || b.isEmpty())
            return false;
        if (a.equals(b) || a.contains(b) || b.contains(a))
            return true;
        // the conventions write acronyms ("org:IMF", "org:ICAO"); the system gives a listed body's full name
        String ca = ORGANIZATIONS.getOrDefault(a, a), cb = ORGANIZATIONS.getOrDefault(b, b);
        return ca.equals(cb);
    }

    /** Every name and alias of data/organizations.tsv, normalized, to the body's normalized name. */
    private static final Map<String, String> ORGANIZATIONS = organizations();

    private static Map<String, String> organizations() {
        Map<String, String> names = new HashMap<>();
        List<String> lines;
        try (InputStream in = ArticleScorer.class.getResourceAsStream("/data/organizations.tsv")) {
            lines = new String(Objects.requireNonNull(in, "data/organizations.tsv").readAllBytes(),
                    StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            String name = Names.normalize(f[0]);
            names.put(name, name);
            for (String alias : f[1].split("\\|"))
                if (!alias.isEmpty())
                    names.putIfAbsent(Names.normalize(alias), name);
        }
        return Map.copyOf(names);
    }
}
