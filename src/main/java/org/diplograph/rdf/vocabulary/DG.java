package org.diplograph.rdf.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The diplograph ontology ({@code ontology/diplograph.ttl}), prefix {@code dg:}. */
public final class DG {
    public static final String NS = "https://w3id.org/diplograph/ns#";
    public static final String PREFIX = "dg";
    /** Base of the IRIs of things in the graph (articles, countries, persons…), prefix {@code dgr:}. */
    public static final String ID = "https://w3id.org/diplograph/id/";
    /** The named graph holding the reference country table. */
    public static final Resource countriesGraph = ResourceFactory.createResource(ID + "graph/countries");

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Classes
    public static final Resource ExtractedFact = resource("ExtractedFact");
    public static final Resource TextSpan = resource("TextSpan");
    public static final Resource ExtractionRun = resource("ExtractionRun");
    public static final Resource Country = resource("Country");
    public static final Resource CountryMention = resource("CountryMention");
    public static final Resource Official = resource("Official");
    public static final Resource PersonMention = resource("PersonMention");
    public static final Resource Post = resource("Post");
    public static final Resource StateBody = resource("StateBody");
    public static final Resource IntergovernmentalOrganization = resource("IntergovernmentalOrganization");
    public static final Resource TimeExpression = resource("TimeExpression");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Delegation = resource("Delegation");
    public static final Resource Statement = resource("Statement");
    public static final Resource CountryRelation = resource("CountryRelation");

    // Provenance of facts
    public static final Property evidence = property("evidence");
    public static final Property confidence = property("confidence");
    public static final Property extractionStep = property("extractionStep");
    public static final Property inArticle = property("inArticle");
    public static final Property toolVersion = property("toolVersion");

    // Articles
    public static final Property source = property("source");
    public static final Property sourcePath = property("sourcePath");
    public static final Property sourceLocation = property("sourceLocation");
    public static final Property dateline = property("dateline");
    public static final Property contentHash = property("contentHash");
    public static final Property extractorVersion = property("extractorVersion");
    public static final Property textOffset = property("textOffset");
    public static final Property textLength = property("textLength");
    public static final Property publisherName = property("publisherName");

    // Countries and mentions
    public static final Property iso2 = property("iso2");
    public static final Property iso3 = property("iso3");
    public static final Property country = property("country");
    public static final Property form = property("form");
    public static final Property mention = property("mention");

    // People, posts, organizations, places
    public static final Property title = property("title");
    public static final Property forCountry = property("forCountry");
    public static final Property asOf = property("asOf");
    public static final Property termStart = property("termStart");
    public static final Property termEnd = property("termEnd");
    public static final Property mentionedIn = property("mentionedIn");

    // Times
    public static final Property timexValue = property("timexValue");
    public static final Property date = property("date");
    public static final Property dateBegin = property("dateBegin");
    public static final Property dateEnd = property("dateEnd");

    // Meetings
    public static final Property participant = property("participant");
    public static final Property participantName = property("participantName");
    public static final Property participantMention = property("participantMention");
    public static final Property participantCountry = property("participantCountry");
    public static final Property delegation = property("delegation");
    public static final Property member = property("member");
    public static final Property place = property("place");
    public static final Property placeName = property("placeName");
    public static final Property mode = property("mode");
    public static final Property status = property("status");

    // Meeting modes (dg:MeetingModes) and statuses (dg:Statuses); '-' of the local name spelled '_'
    public static final Resource MeetingModes = resource("MeetingModes");
    public static final Resource mode_visit = resource("mode-visit");
    public static final Resource mode_host = resource("mode-host");
    public static final Resource mode_meeting = resource("mode-meeting");
    public static final Resource mode_summit = resource("mode-summit");
    public static final Resource mode_call = resource("mode-call");
    public static final Resource mode_talks = resource("mode-talks");
    public static final Resource Statuses = resource("Statuses");
    public static final Resource status_occurred = resource("status-occurred");
    public static final Resource status_planned = resource("status-planned");
    public static final Resource status_hypothetical = resource("status-hypothetical");
    public static final Resource status_negated = resource("status-negated");

    // Statements
    public static final Property speaker = property("speaker");
    public static final Property speakerName = property("speakerName");
    public static final Property speakerMention = property("speakerMention");
    public static final Property speakerCountry = property("speakerCountry");
    public static final Property text = property("text");
    public static final Property direct = property("direct");
    public static final Property cue = property("cue");
    public static final Property cueSpan = property("cueSpan");
    public static final Property about = property("about");

    // Relations
    public static final Property sourceCountry = property("sourceCountry");
    public static final Property targetCountry = property("targetCountry");
    public static final Property relationType = property("relationType");
    public static final Property quadClass = property("quadClass");
    public static final Property intensity = property("intensity");

    // PLOVER quad classes (dg:QuadClasses) and event types (dg:PloverEventTypes)
    public static final Resource QuadClasses = resource("QuadClasses");
    public static final Resource VerbalCooperation = resource("VerbalCooperation");
    public static final Resource MaterialCooperation = resource("MaterialCooperation");
    public static final Resource VerbalConflict = resource("VerbalConflict");
    public static final Resource MaterialConflict = resource("MaterialConflict");
    public static final Resource PloverEventTypes = resource("PloverEventTypes");
    public static final Resource AGREE = resource("AGREE");
    public static final Resource CONSULT = resource("CONSULT");
    public static final Resource SUPPORT = resource("SUPPORT");
    public static final Resource CONCEDE = resource("CONCEDE");
    public static final Resource COOPERATE = resource("COOPERATE");
    public static final Resource AID = resource("AID");
    public static final Resource RETREAT = resource("RETREAT");
    public static final Resource INVESTIGATE = resource("INVESTIGATE");
    public static final Resource DEMAND = resource("DEMAND");
    public static final Resource DISAPPROVE = resource("DISAPPROVE");
    public static final Resource REJECT = resource("REJECT");
    public static final Resource THREATEN = resource("THREATEN");
    public static final Resource PROTEST = resource("PROTEST");
    public static final Resource MOBILIZE = resource("MOBILIZE");
    public static final Resource SANCTION = resource("SANCTION");
    public static final Resource COERCE = resource("COERCE");
    public static final Resource ASSAULT = resource("ASSAULT");
    public static final Resource FIGHT = resource("FIGHT");

    private DG() {
    }
}
