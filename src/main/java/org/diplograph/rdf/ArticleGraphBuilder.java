package org.diplograph.rdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.Identities;
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
import org.diplograph.facts.Timex;
import org.diplograph.rdf.vocabulary.DG;
import org.diplograph.rdf.vocabulary.NIF;
import org.diplograph.rdf.vocabulary.PROV;
import org.diplograph.rdf.vocabulary.SCHEMA;

/**
 * Turns one article's facts into the RDF of its named graph. Every fact node is a {@code dg:ExtractedFact} with
 * {@code dg:evidence} (a span), {@code dg:confidence}, {@code dg:extractionStep} and {@code prov:wasGeneratedBy}.
 */
public final class ArticleGraphBuilder {
    private final ExtractionRun run;

    public ArticleGraphBuilder(ExtractionRun run) {
        this.run = run;
    }

    /** The article's IRI, which is also its graph's name. */
    public static String articleIri(ArticleFacts facts) {
        return Iris.article(facts.article(), facts.contentHash());
    }

    public Model build(ArticleFacts facts) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        Resource article = describeArticle(m, facts);
        describeRun(m);
        Writer w = new Writer(m, article, facts.organizations());
        facts.countries().forEach(w::countryMention);
        facts.people().forEach(w::person);
        facts.organizations().forEach(w::organization);
        facts.places().forEach(w::place);
        facts.times().forEach(w::time);
        facts.meetings().forEach(w::meeting);
        java.util.Map<Span, Long> bySpan = facts.statements().stream().collect(java.util.stream.Collectors.groupingBy(
                st -> st.provenance().evidence(), java.util.stream.Collectors.counting()));
        facts.statements().forEach(st -> w.statement(st, bySpan.get(st.provenance().evidence()) > 1));
        facts.relations().forEach(w::relation);
        return m;
    }

    private Resource describeArticle(Model m, ArticleFacts facts) {
        Article a = facts.article();
        Resource article = m.createResource(articleIri(facts))
                .addProperty(RDF.type, SCHEMA.NewsArticle)
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(SCHEMA.headline, a.title())
                .addProperty(DG.source, a.source())
                .addProperty(DG.sourcePath, a.path())
                .addProperty(DG.contentHash, facts.contentHash())
                .addProperty(DG.extractorVersion, run.toolVersion())
                .addLiteral(DG.textOffset, (long) a.offset())
                .addLiteral(DG.textLength, (long) a.text().length())
                .addProperty(PROV.wasGeneratedBy, m.createResource(run.iri()));
        if (!a.location().isEmpty())
            article.addProperty(DG.sourceLocation, a.location());
        if (a.url() != null)
            article.addProperty(SCHEMA.url, m.createResource(a.url()));
        if (a.published() != null)
            article.addLiteral(SCHEMA.datePublished, Literals.date(a.published()));
        if (a.publisher() != null)
            article.addProperty(DG.publisherName, a.publisher());
        if (a.dateline() != null)
            article.addProperty(DG.dateline, a.dateline());
        return article;
    }

    private void describeRun(Model m) {
        m.createResource(run.iri())
                .addProperty(RDF.type, PROV.Activity)
                .addProperty(RDF.type, DG.ExtractionRun)
                .addLiteral(PROV.startedAtTime, m.createTypedLiteral(java.util.GregorianCalendar.from(
                        run.started().atZone(java.time.ZoneOffset.UTC))))
                .addProperty(DG.toolVersion, "diplograph " + run.toolVersion())
                .addProperty(PROV.wasAssociatedWith, m.createResource(DG.ID + "agent/diplograph")
                        .addProperty(RDF.type, PROV.SoftwareAgent)
                        .addProperty(RDFS.label, "diplograph"));
    }

    /** Writes the facts of one article; holds the model, the article and the run. */
    private final class Writer {
        private final Model m;
        private final Resource article;
        private final String articleIri;
        private final java.util.List<OrganizationFact> organizations;

        Writer(Model m, Resource article, java.util.List<OrganizationFact> organizations) {
            this.organizations = organizations;
            this.m = m;
            this.article = article;
            this.articleIri = article.getURI();
        }

        Resource span(Span s) {
            return m.createResource(Iris.local(articleIri, "span", s))
                    .addProperty(RDF.type, DG.TextSpan)
                    .addProperty(RDF.type, NIF.Phrase)
                    .addLiteral(NIF.beginIndex, (long) s.begin())
                    .addLiteral(NIF.endIndex, (long) s.end())
                    .addProperty(NIF.anchorOf, s.text())
                    .addProperty(DG.inArticle, article);
        }

        Resource fact(String kind, Resource type, Provenance p) {
            return fact(m.createResource(Iris.local(articleIri, kind, p.evidence())), type, p);
        }

        Resource fact(Resource node, Resource type, Provenance p) {
            return node.addProperty(RDF.type, type)
                    .addProperty(RDF.type, DG.ExtractedFact)
                    .addProperty(DG.inArticle, article)
                    .addProperty(DG.evidence, span(p.evidence()))
                    .addLiteral(DG.confidence, p.confidence())
                    .addProperty(DG.extractionStep, p.step())
                    .addProperty(PROV.wasGeneratedBy, m.createResource(run.iri()));
        }

        Resource country(String iso2) {
            return m.createResource(Iris.country(iso2));
        }

        void countryMention(CountryMention c) {
            // "the two countries" stands for two countries with one span: one node each.
            String kind = "anaphor".equals(c.form()) ? "country-" + c.iso2().toLowerCase(Locale.ROOT) : "country";
            fact(kind, DG.CountryMention, c.provenance())
                    .addProperty(DG.country, country(c.iso2()))
                    .addProperty(DG.form, c.form());
        }

        void person(PersonFact p) {
            Resource person = m.createResource(Iris.person(p.key()))
                    .addProperty(RDF.type, FOAF.Person)
                    .addProperty(RDF.type, SCHEMA.Person)
                    .addProperty(FOAF.name, p.name())
                    .addProperty(DG.mentionedIn, article);
            if (p.official())
                person.addProperty(RDF.type, DG.Official);
            if (p.wikidata() != null)
                person.addProperty(OWL.sameAs, m.createResource(Iris.wikidata(p.wikidata())));
            mentions(person, "person", DG.PersonMention, p.mentions(), p.provenance());
            for (PostFact post : p.posts())
                post(person, post);
        }

        /** One mention fact per span, each pointing at {@code target}, with the entity's step and confidence. */
        void mentions(Resource target, String kind, Resource type, List<Span> spans, Provenance p) {
            for (Span s : spans)
                fact(kind, type, new Provenance(p.step(), s, p.confidence())).addProperty(DG.mention, target);
        }

        void post(Resource person, PostFact post) {
            Resource node = fact("post-" + Identities.slug(post.title()), DG.Post, post.provenance())
                    .addProperty(RDF.type, ORG.Membership)
                    .addProperty(ORG.member, person)
                    .addProperty(DG.title, post.title());
            if (post.countryIso2() != null)
                node.addProperty(DG.forCountry, country(post.countryIso2()));
            if (post.organization() != null)
                node.addProperty(ORG.organization, m.createResource(Iris.organization(organizationKey(post))));
            if (article.hasProperty(SCHEMA.datePublished))
                node.addProperty(DG.asOf, article.getProperty(SCHEMA.datePublished).getObject());
            if (post.start() != null)
                node.addProperty(DG.termStart, Literals.timex(post.start()));
            if (post.end() != null)
                node.addProperty(DG.termEnd, Literals.timex(post.end()));
        }

        /** The key of the article's organization named in the post; a post for a country in an IGO is not the IGO's. */
        String organizationKey(PostFact post) {
            return organizations.stream().filter(o -> o.name().equals(post.organization())).map(OrganizationFact::key)
                    .findFirst().orElse(Identities.organizationKey(post.organization(), post.countryIso2()));
        }

        void organization(OrganizationFact o) {
            Resource org = m.createResource(Iris.organization(o.key()))
                    .addProperty(RDF.type, ORG.Organization)
                    .addProperty(SCHEMA.name, o.name())
                    .addProperty(DG.mentionedIn, article);
            Resource kind = FactTerms.classOf(o.kind());
            if (kind != null)
                org.addProperty(RDF.type, kind);
            if (o.countryIso2() != null)
                org.addProperty(DG.country, country(o.countryIso2()));
            mentions(org, "organization", DG.ExtractedFact, o.mentions(), o.provenance());
        }

        void place(PlaceFact p) {
            Resource place = m.createResource(Iris.place(p.key()))
                    .addProperty(RDF.type, SCHEMA.Place)
                    .addProperty(SCHEMA.name, p.name())
                    .addProperty(DG.mentionedIn, article);
            if (p.countryIso2() != null)
                place.addProperty(SCHEMA.containedInPlace, country(p.countryIso2()));
            mentions(place, "place", DG.ExtractedFact, p.mentions(), p.provenance());
        }

        void time(TimeFact t) {
            Resource node = fact("time", DG.TimeExpression, t.provenance())
                    .addProperty(DG.timexValue, t.value());
            if (t.begin() != null) {
                node.addLiteral(DG.dateBegin, Literals.date(t.begin()));
                node.addLiteral(DG.dateEnd, Literals.date(t.end()));
            }
        }

        void dated(Resource node, String value) {
            if (value == null)
                return;
            node.addLiteral(DG.date, Literals.timex(value));
            LocalDate[] range = Timex.rangeOf(value);
            if (range != null) {
                node.addLiteral(DG.dateBegin, Literals.date(range[0]));
                node.addLiteral(DG.dateEnd, Literals.date(range[1]));
            }
        }

        void meeting(MeetingFact mt) {
            // Meeting IRIs are global: the same meeting reported by two articles is one node with two evidences.
            Resource node = fact(m.createResource(Iris.meeting(mt.key())), DG.Meeting, mt.provenance())
                    .addProperty(RDF.type, SCHEMA.Event)
                    .addProperty(DG.mode, FactTerms.of(mt.mode()))
                    .addProperty(DG.status, FactTerms.of(mt.status()));
            dated(node, mt.date());
            for (Participant p : mt.participants()) {
                Resource who = participant(p);
                if (who != null) {
                    node.addProperty(DG.participant, who);
                    // Members of one side (a delegation, the hosts of "met A and B") did not meet each other.
                    if (mt.participants().stream().filter(o -> o.side() == p.side()).count() > 1)
                        node.addProperty(DG.delegation, m.createResource(Iris.meeting(mt.key()) + "/side-" + p.side())
                                .addProperty(RDF.type, DG.Delegation).addProperty(DG.member, who));
                }
                node.addProperty(DG.participantName, p.name());
                if (p.countryIso2() != null)
                    node.addProperty(DG.participantCountry, country(p.countryIso2()));
                if (p.mention() != null)
                    node.addProperty(DG.participantMention, span(p.mention()));
            }
            if (mt.placeName() != null)
                node.addProperty(DG.placeName, mt.placeName());
            if (mt.placeIso2() != null)
                node.addProperty(DG.place, country(mt.placeIso2()));
        }

        Resource participant(Participant p) {
            if (p.personKey() != null)
                return m.createResource(Iris.person(p.personKey()));
            if (p.organizationKey() != null)
                return m.createResource(Iris.organization(p.organizationKey()));
            return p.countryIso2() != null ? country(p.countryIso2()) : null;
        }

        /**
         * One node per statement; a content said by several ("the leaders affirmed …", a joint statement's body)
         * is one statement per speaker, told apart by the speaker in the node's name.
         */
        void statement(StatementFact s, boolean sharedContent) {
            String kind = sharedContent ? "statement-" + speakerSlug(s.speaker()) : "statement";
            Resource node = fact(kind, DG.Statement, s.provenance())
                    .addProperty(DG.text, s.text())
                    .addLiteral(DG.direct, s.direct());
            if (s.cue() != null)
                node.addProperty(DG.cue, s.cue());
            if (s.cueSpan() != null)
                node.addProperty(DG.cueSpan, span(s.cueSpan()));
            dated(node, s.date());
            if (s.speaker() != null) {
                if (s.speaker().name() != null)
                    node.addProperty(DG.speakerName, s.speaker().name());
                if (s.speaker().mention() != null)
                    node.addProperty(DG.speakerMention, span(s.speaker().mention()));
                if (s.speaker().countryIso2() != null)
                    node.addProperty(DG.speakerCountry, country(s.speaker().countryIso2()));
                if (s.speaker().personKey() != null)
                    node.addProperty(DG.speaker, m.createResource(Iris.person(s.speaker().personKey())));
                else if (s.speaker().organizationKey() != null)
                    node.addProperty(DG.speaker, m.createResource(Iris.organization(s.speaker().organizationKey())));
            }
            for (String iso2 : s.aboutIso2())
                node.addProperty(DG.about, country(iso2));
        }

        private static String speakerSlug(org.diplograph.facts.Speaker speaker) {
            String id = speaker == null ? "unknown" : speaker.personKey() != null ? speaker.personKey()
                    : speaker.organizationKey() != null ? speaker.organizationKey()
                    : speaker.countryIso2() != null ? speaker.countryIso2() : String.valueOf(speaker.name());
            return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        }

        void relation(RelationFact r) {
            String kind = "relation-" + r.type().name().toLowerCase(Locale.ROOT) + "-" + r.sourceIso2() + "-" + r.targetIso2();
            Resource node = fact(kind, DG.CountryRelation, r.provenance())
                    .addProperty(DG.sourceCountry, country(r.sourceIso2()))
                    .addProperty(DG.targetCountry, country(r.targetIso2()))
                    .addProperty(DG.relationType, FactTerms.of(r.type()));
            dated(node, r.date());
        }
    }
}
