package org.diplograph.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.MeetingFact;
import org.diplograph.facts.OrganizationFact;
import org.diplograph.facts.Participant;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.PlaceFact;
import org.diplograph.facts.PostFact;
import org.diplograph.facts.Provenance;
import org.diplograph.facts.RelationFact;
import org.diplograph.facts.Span;
import org.diplograph.facts.StatementFact;
import org.diplograph.facts.TimeFact;
import org.diplograph.gazetteer.Country;
import org.diplograph.gazetteer.CountryTable;
import org.diplograph.rdf.ArticleGraphBuilder;
import org.diplograph.rdf.Iris;

/**
 * The JSON Lines contract of {@code diplograph extract} (docs/JSONL.md): one object per article. It says the
 * same as the article's RDF graph; TestJsonMatchesRdf holds the two together.
 */
public final class FactsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final CountryTable countries;

    public FactsJson(CountryTable countries) {
        this.countries = countries;
    }

    /** One line of JSON, without the line end. */
    public String line(ArticleFacts facts) {
        try {
            return MAPPER.writeValueAsString(toJson(facts));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ObjectNode toJson(ArticleFacts facts) {
        Article a = facts.article();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("source", a.source());
        o.put("id", ArticleGraphBuilder.articleIri(facts));
        o.put("path", a.path());
        o.put("location", a.location());
        o.put("title", a.title());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("publisher", a.publisher());
        o.put("url", a.url());
        o.put("dateline", a.dateline());
        o.put("textOffset", a.offset());
        o.put("textLength", a.text().length());
        o.put("contentHash", facts.contentHash());
        o.set("countries", countries(facts.countries()));
        ArrayNode people = o.putArray("people");
        facts.people().forEach(p -> people.add(person(p)));
        ArrayNode orgs = o.putArray("organizations");
        facts.organizations().forEach(org -> orgs.add(organization(org)));
        ArrayNode places = o.putArray("places");
        facts.places().forEach(p -> places.add(place(p)));
        ArrayNode times = o.putArray("times");
        facts.times().forEach(t -> times.add(time(t)));
        ArrayNode meetings = o.putArray("meetings");
        facts.meetings().forEach(m -> meetings.add(meeting(m)));
        ArrayNode statements = o.putArray("statements");
        facts.statements().forEach(s -> statements.add(statement(s)));
        ArrayNode relations = o.putArray("relations");
        facts.relations().forEach(r -> relations.add(relation(r)));
        return o;
    }

    private ArrayNode countries(List<CountryMention> mentions) {
        Map<String, ArrayNode> byCode = new LinkedHashMap<>();
        ArrayNode out = MAPPER.createArrayNode();
        for (CountryMention m : mentions) {
            ArrayNode list = byCode.computeIfAbsent(m.iso2(), code -> {
                ObjectNode c = out.addObject();
                Country country = countries.byIso2(code).orElseThrow();
                c.put("code", code);
                c.put("iso3", country.iso3());
                c.put("wikidata", country.wikidata());
                c.put("iri", Iris.country(code));
                c.put("name", country.name());
                return c.putArray("mentions");
            });
            ObjectNode mention = span(m.span());
            mention.put("form", m.form());
            provenance(mention, m.provenance());
            list.add(mention);
        }
        return out;
    }

    private static ObjectNode person(PersonFact p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", p.name());
        o.put("iri", Iris.person(p.key()));
        o.put("official", p.official());
        if (p.wikidata() != null)
            o.put("wikidata", p.wikidata());
        ArrayNode titles = o.putArray("titles");
        ArrayNode posts = o.putArray("posts");
        for (PostFact post : p.posts()) {
            titles.add(post.title());
            ObjectNode po = posts.addObject();
            po.put("title", post.title());
            po.put("country", post.countryIso2());
            po.put("organization", post.organization());
            if (post.start() != null)
                po.put("termStart", post.start());
            if (post.end() != null)
                po.put("termEnd", post.end());
            po.set("evidence", span(post.provenance().evidence()));
            provenance(po, post.provenance());
        }
        PostFact first = p.posts().isEmpty() ? null : p.posts().get(0);
        o.put("country", first == null ? null : first.countryIso2());
        o.put("organization", first == null ? null : first.organization());
        o.set("mentions", spans(p.mentions()));
        provenance(o, p.provenance());
        return o;
    }

    private static ObjectNode organization(OrganizationFact org) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", org.name());
        o.put("iri", Iris.organization(org.key()));
        o.put("country", org.countryIso2());
        o.put("kind", org.kind().code());
        o.set("mentions", spans(org.mentions()));
        provenance(o, org.provenance());
        return o;
    }

    private static ObjectNode place(PlaceFact p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", p.name());
        o.put("iri", Iris.place(p.key()));
        o.put("type", p.type().name().toLowerCase(java.util.Locale.ROOT));
        o.put("country", p.countryIso2());
        o.set("mentions", spans(p.mentions()));
        provenance(o, p.provenance());
        return o;
    }

    private static ObjectNode time(TimeFact t) {
        ObjectNode o = span(t.span());
        o.put("value", t.value());
        o.put("dateBegin", t.begin() == null ? null : t.begin().toString());
        o.put("dateEnd", t.end() == null ? null : t.end().toString());
        provenance(o, t.provenance());
        return o;
    }

    private static ObjectNode meeting(MeetingFact m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("iri", Iris.meeting(m.key()));
        ArrayNode participants = o.putArray("participants");
        for (Participant p : m.participants()) {
            ObjectNode po = participants.addObject();
            po.put("name", p.name());
            po.put("iri", p.personKey() != null ? Iris.person(p.personKey())
                    : p.organizationKey() != null ? Iris.organization(p.organizationKey())
                    : p.countryIso2() != null ? Iris.country(p.countryIso2()) : null);
            po.put("kind", p.personKey() != null ? "person" : p.organizationKey() != null ? "organization" : "country");
            po.put("country", p.countryIso2());
            po.put("side", p.side());
            po.set("mention", p.mention() == null ? null : span(p.mention()));
        }
        o.put("date", m.date());
        o.put("place", m.placeName());
        o.put("placeCountry", m.placeIso2());
        o.put("mode", m.mode().code());
        o.put("status", m.status().code());
        o.set("evidence", span(m.provenance().evidence()));
        provenance(o, m.provenance());
        return o;
    }

    private static ObjectNode statement(StatementFact s) {
        ObjectNode o = MAPPER.createObjectNode();
        ObjectNode speaker = o.putObject("speaker");
        if (s.speaker() != null) {
            speaker.put("name", s.speaker().name());
            speaker.put("iri", s.speaker().personKey() != null ? Iris.person(s.speaker().personKey())
                    : s.speaker().organizationKey() != null ? Iris.organization(s.speaker().organizationKey()) : null);
            speaker.put("country", s.speaker().countryIso2());
            speaker.set("mention", s.speaker().mention() == null ? null : span(s.speaker().mention()));
        }
        o.put("text", s.text());
        o.put("direct", s.direct());
        o.put("cue", s.cue());
        o.set("cueSpan", s.cueSpan() == null ? null : span(s.cueSpan()));
        o.put("date", s.date());
        ArrayNode about = o.putArray("about");
        s.aboutIso2().forEach(about::add);
        o.set("evidence", span(s.provenance().evidence()));
        provenance(o, s.provenance());
        return o;
    }

    private static ObjectNode relation(RelationFact r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("a", r.sourceIso2());
        o.put("b", r.targetIso2());
        o.put("type", r.type().name());
        o.put("date", r.date());
        o.set("evidence", span(r.provenance().evidence()));
        provenance(o, r.provenance());
        return o;
    }

    private static ArrayNode spans(List<Span> spans) {
        ArrayNode out = MAPPER.createArrayNode();
        spans.forEach(s -> out.add(span(s)));
        return out;
    }

    private static ObjectNode span(Span s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("begin", s.begin());
        o.put("end", s.end());
        o.put("text", s.text());
        return o;
    }

    private static void provenance(ObjectNode o, Provenance p) {
        o.put("confidence", p.confidence());
        o.put("step", p.step());
    }
}
