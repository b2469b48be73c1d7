package org.diplograph.store;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.rdfconnection.RDFConnectionRemoteBuilder;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

/**
 * A remote SPARQL 1.1 server (Fuseki or any other). A batch of graph replacements goes as one SPARQL Update
 * request (DROP SILENT GRAPH + INSERT DATA per graph), which SPARQL 1.1 servers apply atomically. The request is
 * built from syntax objects, never by pasting text. With credentials, the HTTP client answers the server's Basic
 * challenge (and sends them unasked after the first).
 */
final class RemoteGraphStore implements GraphStore {
    private final String url;
    private final RDFConnection connection;

    private RemoteGraphStore(String url, RDFConnection connection) {
        this.url = url;
        this.connection = connection;
    }

    static RemoteGraphStore connect(String datasetUrl, EndpointCredentials credentials) {
        RDFConnectionRemoteBuilder builder = RDFConnectionRemote.service(datasetUrl);
        if (credentials != null)
            builder.httpClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NORMAL).authenticator(new Authenticator() {
                        @Override
                        protected PasswordAuthentication getPasswordAuthentication() {
                            return new PasswordAuthentication(credentials.user(), credentials.password().toCharArray());
                        }
                    }).build());
        return new RemoteGraphStore(datasetUrl, builder.build());
    }

    @Override
    public void replaceGraphs(Map<String, Model> graphs) {
        UpdateRequest request = new UpdateRequest();
        graphs.forEach((name, model) -> {
            Node graph = NodeFactory.createURI(name);
            request.add(new UpdateDrop(graph, true));
            QuadDataAcc quads = new QuadDataAcc();
            model.getGraph().find().forEachRemaining(t -> quads.addQuad(Quad.create(graph, t)));
            request.add(new UpdateDataInsert(quads));
        });
        try {
            connection.update(request);
        } catch (RuntimeException e) {
            throw new StoreException("update of " + url + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, String> storedValues(Collection<String> graphNames, String propertyIri) {
        return StoredValues.lookup(connection, graphNames, propertyIri);
    }

    @Override
    public <T> T read(Function<RDFConnection, T> action) {
        return action.apply(connection);
    }

    @Override
    public String describe() {
        return "SPARQL endpoint " + url;
    }

    @Override
    public void close() {
        connection.close();
    }
}
