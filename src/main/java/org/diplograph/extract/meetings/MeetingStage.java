package org.diplograph.extract.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.ExtractionStage;
import org.diplograph.extract.Layer;
import org.diplograph.extract.events.Actor;
import org.diplograph.extract.events.Actors;
import org.diplograph.extract.events.ArticleIndex;
import org.diplograph.extract.events.EventDates;
import org.diplograph.extract.events.PronounActors;
import org.diplograph.extract.text.Sentence;
import org.diplograph.extract.text.SpeakerTurns;
import org.diplograph.facts.MeetingFact;
import org.diplograph.facts.MeetingStatus;
import org.diplograph.facts.OrganizationFact;
import org.diplograph.facts.OrganizationKind;
import org.diplograph.facts.Participant;
import org.diplograph.facts.Provenance;
import org.diplograph.facts.Timex;

/**
 * Meetings, visits, talks, summits and calls between officials, delegations and intergovernmental bodies, with
 * date, place, mode and status. Rules over CoreNLP's tokens and the facts of earlier stages (no parse: news
 * sentences are long, the parser errs on them, and it would cost more than all other stages together).
 * Participants keep the identities earlier stages gave them. See {@link Drafts} for one sentence and
 * {@link MeetingKeys} for merging across the article.
 */
public final class MeetingStage implements ExtractionStage {
    @Override
    public String name() {
        return "meetings";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.COUNTRIES, Layer.PERSONS, Layer.ORGANIZATIONS, Layer.PLACES, Layer.POSTS, Layer.TIMES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.MEETINGS);
    }

    @Override
    public void process(ExtractionContext context) {
        ArticleIndex index = new ArticleIndex(context);
        List<Sentence> sentences = context.tokens().sentences();
        List<List<Actor>> found0 = new ArrayList<>();
        for (Sentence s : sentences)
            found0.add(Actors.find(index, s));
        List<List<Actor>> actors = Actors.shareCountries(found0);
        PronounActors pronouns = new PronounActors(sentences, actors);
        LeadEvent lead = LeadEvent.of(index, sentences, actors);
        String headlineDate = LeadEvent.headlineDate(index, sentences);
        Drafts drafts = new Drafts(index, new FirstPerson(index, SpeakerTurns.of(context.tokens(), context.article().dateline()),
                sentences, actors));
        List<Draft> found = new ArrayList<>();
        for (Sentence s : sentences)
            for (Draft d : SettingTriggers.apply(s, Triggers.find(s, i -> index.isCountryOrCapital(s, i)), t -> drafts.of(s, actors.get(s.index()), pronouns, t)))
                found.add(dated(index, lead, headlineDate, d));
        found = countriesByTheirPersons(invitedToHeld(found));
        MeetingKeys.Keyed keyed = MeetingKeys.assign(PersonCountries.apply(NamedHosts.apply(headlineDatedByBody(index, Joiners.apply(index, sentences, actors, found)))),
                context.contentHash());
        for (int i = 0; i < keyed.drafts().size(); i++)
            context.addMeeting(fact(context, index, keyed.drafts().get(i), keyed.keys().get(i)));
    }

    /**
     * The date from the sentence, else the date line under the headline for a contact the headline reports, else
     * the lead's for the lead's event; the dateline for recent events.
     */
    private static Draft dated(ArticleIndex index, LeadEvent lead, String headlineDate, Draft d) {
        String date = EventDates.inSentence(index, d.sentence(), d.trigger().token());
        boolean inherited = false;
        if (date == null && d.sentence().index() == 0 && d.status() == MeetingStatus.OCCURRED)
            date = headlineDate;
        if (date == null && d.status() == MeetingStatus.OCCURRED && lead.covers(d)
                && !EventDates.mentionsTime(index, d.sentence(), d.trigger().token())) {
            date = lead.date();
            inherited = true;
        }
        if (d.status() == MeetingStatus.PLANNED && beforePublication(index, date) && !pastTenseBefore(d))
            date = null; // "will visit the pavilion at Expo 2020 Dubai" in 2022: a year of a name, or of another event
                         // (a month's slack: releases are sometimes dated days after the trip they announce)
        Draft out = d.with(date, inherited, d.place(), d.placeIso2());
        if (d.status() == MeetingStatus.OCCURRED && afterPublication(index, date) && !d.sentence().pos(d.trigger().token()).matches("VBD|VBN"))
            out = out.withStatus(MeetingStatus.PLANNED); // "to meet with X on March 6" in a release of March 2
        if (out.place() == null && out.placeIso2() == null && recent(index, date) && lead.dateline().known())
            out = out.with(date, inherited, lead.dateline().name(), lead.dateline().iso2());
        return out;
    }

    /**
     * "India, along with China, Brazil ..., has been invited to take part in the G7 meeting taking place in London"
     * beside "Mr Chidambaram is attending the G7 meeting": an invitation to a body's meeting that the article reports
     * as held is to that meeting, and the invited take part in it (an invitation alone stays hypothetical).
     */
    private static List<Draft> invitedToHeld(List<Draft> found) {
        List<Draft> out = new ArrayList<>(found);
        for (int i = 0; i < out.size(); i++) {
            Draft d = out.get(i);
            if (d.status() != MeetingStatus.HYPOTHETICAL || !invited(d))
                continue;
            for (Draft o : found)
                if (o != d && o.status() == MeetingStatus.OCCURRED && sharesBody(d, o)) {
                    out.set(i, d.withStatus(MeetingStatus.OCCURRED));
                    break;
                }
        }
        return out;
    }

    /**
     * "India, which attends the G7 meeting" beside "Mr Chidambaram is attending the G7 meeting": a country at a body's
     * meeting is the one person of that country the article has at the same body's meeting (same status), so the two
     * reports are one participant, not two.
     */
    private static List<Draft> countriesByTheirPersons(List<Draft> found) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : found) {
            List<Party> parties = new ArrayList<>(d.parties());
            boolean changed = false;
            for (int k = 0; k < parties.size(); k++) {
                Party c = parties.get(k);
                if (c.actor().kind() != Actor.Kind.COUNTRY)
                    continue;
                List<Actor> persons = new ArrayList<>();
                for (Draft o : found)
                    if (o.status() == d.status() && sharesBody(d, o))
                        for (Party p : o.parties())
                            if (p.actor().kind() == Actor.Kind.PERSON && c.actor().countryIso2().equals(p.actor().countryIso2())
                                    && persons.stream().noneMatch(a -> a.identity().equals(p.actor().identity())))
                                persons.add(p.actor());
                if (persons.size() == 1 && parties.stream().noneMatch(p -> p.actor().identity().equals(persons.get(0).identity()))) {
                    parties.set(k, new Party(persons.get(0), c.side(), c.mentionBegin(), c.mentionEnd(), true));
                    changed = true;
                }
            }
            out.add(changed ? d.withParties(parties) : d);
        }
        return out;
    }

    /** "has been invited to take part in", "were invited to attend": the hypothesis is an invitation. */
    private static boolean invited(Draft d) {
        Sentence s = d.sentence();
        for (int i = d.trigger().token() - 1; i >= 1 && d.trigger().token() - i <= 8; i--)
            if (s.lemma(i).equals("invite") && s.pos(i).equals("VBN") && s.lemma(i - 1).equals("be") && s.lower(i + 1).equals("to"))
                return true;
        return false;
    }

    private static boolean sharesBody(Draft a, Draft b) {
        for (Party p : a.parties())
            if (p.actor().kind() == Actor.Kind.ORGANIZATION
                    && b.parties().stream().anyMatch(q -> q.actor().identity().equals(p.actor().identity())))
                return true;
        return false;
    }

    /**
     * "Secretary Blinken's Call with Iraqi Prime Minister al-Kadhimi" over "Secretary Blinken spoke yesterday with
     * ...": the headline, dated by the release, reports the meeting the body dates; the body's date, when recent (the
     * week before the release), is the headline's. Not an earlier meeting of the same pair ("builds on their meeting in
     * May 2023").
     */
    private static List<Draft> headlineDatedByBody(ArticleIndex index, List<Draft> found) {
        List<Draft> out = new ArrayList<>(found);
        for (int i = 0; i < out.size(); i++) {
            Draft h = out.get(i);
            if (h.sentence().index() != 0 || h.status() != MeetingStatus.OCCURRED || h.date() == null)
                continue;
            for (Draft b : found)
                if (b.sentence().index() > 0 && b.status() == MeetingStatus.OCCURRED && b.date() != null
                        && !b.dateInherited() && !b.date().equals(h.date()) && recent(index, b.date()) && sharePair(h, b)) {
                    out.set(i, h.with(b.date(), false, h.place(), h.placeIso2()));
                    break;
                }
        }
        return out;
    }

    /** Two reports name the same two participants on different sides. */
    private static boolean sharePair(Draft a, Draft b) {
        for (Party p : a.parties())
            for (Party q : a.parties())
                if (p.side() < q.side() && crossSides(b, p.actor().identity(), q.actor().identity()))
                    return true;
        return false;
    }

    private static boolean crossSides(Draft d, String x, String y) {
        for (Party p : d.parties())
            for (Party q : d.parties())
                if (p.side() != q.side() && p.actor().identity().equals(x) && q.actor().identity().equals(y))
                    return true;
        return false;
    }

    private static boolean afterPublication(ArticleIndex index, String date) {
        LocalDate published = index.context().article().published();
        LocalDate[] range = date == null ? null : Timex.rangeOf(date);
        return published != null && range != null && range[0].isAfter(published);
    }

    /** The date ended more than a month before the publication. */
    private static boolean beforePublication(ArticleIndex index, String date) {
        LocalDate published = index.context().article().published();
        LocalDate[] range = date == null ? null : Timex.rangeOf(date);
        return published != null && range != null && range[1].isBefore(published.minusMonths(1));
    }

    /**
     * "had been due to meet on May 5", "was to visit in March": a plan told in the past may have a past date. The
     * trigger's own verb group decides, read backwards: "said he will travel" is a plan told in the future.
     */
    private static boolean pastTenseBefore(Draft d) {
        Sentence s = d.sentence();
        for (int i = d.trigger().token() - 1; i >= 0 && i >= d.trigger().token() - 6; i--) {
            if (s.pos(i).equals("MD"))
                return s.lower(i).equals("would") || s.lower(i).equals("could");
            if (s.pos(i).equals("VBD"))
                return true;
        }
        return false;
    }

    private static boolean recent(ArticleIndex index, String date) {
        LocalDate published = index.context().article().published();
        LocalDate[] range = date == null ? null : Timex.rangeOf(date);
        return published != null && range != null && !range[0].isAfter(published)
                && !range[1].isBefore(published.minusDays(7));
    }

    private MeetingFact fact(ExtractionContext context, ArticleIndex index, Draft d, String key) {
        List<Participant> participants = new ArrayList<>();
        for (Party p : d.parties()) {
            Actor a = p.actor();
            if (a.organizationKey() != null && index.organizationNamed(a.organizationKey()) == null)
                addOrganization(context, a);
            participants.add(new Participant(a.personKey(), a.organizationKey(), a.name(), a.countryIso2(), p.side(),
                    context.span(p.mentionBegin(), p.mentionEnd())));
        }
        double confidence = d.confidence() - (d.dateInherited() ? 0.05 : 0);
        Provenance provenance = context.provenance(name() + "/" + d.trigger().lemma(), d.sentence().begin(),
                d.sentence().end(), Math.round(Math.max(0.3, Math.min(0.95, confidence)) * 100) / 100.0);
        return new MeetingFact(key, participants, d.date(), d.place(), d.placeIso2(), d.mode(), d.status(), provenance);
    }

    /** An intergovernmental body only named as a place by NER ("Caribbean Community bloc") becomes an organization. */
    private void addOrganization(ExtractionContext context, Actor a) {
        context.addOrganization(new OrganizationFact(a.organizationKey(), a.name(), null, OrganizationKind.INTERGOVERNMENTAL,
                List.of(context.span(a.mentionBegin(), a.mentionEnd())),
                context.provenance(name() + "/participant-organization", a.mentionBegin(), a.mentionEnd(), 0.6)));
    }
}
