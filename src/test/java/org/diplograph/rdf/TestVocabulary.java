package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.facts.MeetingMode;
import org.diplograph.facts.MeetingStatus;
import org.diplograph.facts.OrganizationKind;
import org.diplograph.facts.PloverType;
import org.diplograph.rdf.vocabulary.DG;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary constants and the ontology ({@code ontology/diplograph.ttl}) agree: every {@link DG} term is
 * declared there, and each typed value of the facts has exactly one concept of its scheme, as {@link FactTerms}
 * maps it, and the other way round.
 */
class TestVocabulary {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/diplograph.ttl");

    @Test
    void everyDgTermIsDeclared() throws IllegalAccessException {
        Set<String> undeclared = new TreeSet<>();
        for (Field f : DG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType()))
                continue;
            Resource term = (Resource) f.get(null);
            if (term.getURI().startsWith(DG.NS) && !ONTOLOGY.contains(term, RDF.type))
                undeclared.add(f.getName() + " " + term.getURI());
        }
        assertTrue(undeclared.isEmpty(), "DG constants not in ontology/diplograph.ttl: " + undeclared);
    }

    @Test
    void meetingModesAreTheConceptsOfTheirScheme() {
        sameConcepts(DG.MeetingModes, MeetingMode.values(), FactTerms::of, MeetingMode::code);
    }

    @Test
    void statusesAreTheConceptsOfTheirScheme() {
        sameConcepts(DG.Statuses, MeetingStatus.values(), FactTerms::of, MeetingStatus::code);
    }

    @Test
    void ploverTypesAreTheConceptsOfTheirScheme() {
        assertEquals(18, PloverType.values().length);
        sameConcepts(DG.PloverEventTypes, PloverType.values(), FactTerms::of, null);
        for (PloverType type : PloverType.values())
            assertEquals(DG.NS + type.name(), FactTerms.of(type).getURI(), "the concept is named as the type");
    }

    @Test
    void organizationKindsAreClassesExceptOther() {
        for (OrganizationKind kind : OrganizationKind.values()) {
            Resource c = FactTerms.classOf(kind);
            if (kind == OrganizationKind.OTHER)
                assertNull(c);
            else
                assertTrue(ONTOLOGY.contains(c, RDF.type, OWL.Class), kind + " " + c);
            assertEquals(kind, OrganizationKind.of(kind.code()), "code round trip");
        }
        assertEquals("state-body", OrganizationKind.STATE_BODY.code());
    }

    /** The constants map one to one onto the concepts of {@code scheme}; where given, the notation is the code. */
    private static <E extends Enum<E>> void sameConcepts(Resource scheme, E[] constants, Function<E, Resource> term,
                                                        Function<E, String> code) {
        Set<String> concepts = ONTOLOGY.listSubjectsWithProperty(SKOS.inScheme, scheme).mapWith(Resource::getURI)
                .toSet().stream().collect(Collectors.toCollection(TreeSet::new));
        Set<String> mapped = Arrays.stream(constants).map(c -> term.apply(c).getURI())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(constants.length, mapped.size(), "one concept per constant");
        assertEquals(concepts, mapped, "the concepts of " + scheme.getLocalName());
        if (code != null)
            for (E c : constants) {
                RDFNode notation = ONTOLOGY.getRequiredProperty(term.apply(c), SKOS.notation).getObject();
                assertEquals(code.apply(c), notation.asLiteral().getString(), "notation of " + c);
            }
    }
}
