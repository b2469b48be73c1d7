package org.diplograph.serve;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query operation, bounded: the query's shape is checked before Jena compiles it
 * ({@link QueryShape}: 400), its timeout counts from the moment its text arrived, so parsing and optimizing spend
 * the query's time rather than add to it, its REPLACE, REGEX and CONCAT are bounded ({@link BoundedFunctions}), and
 * the {@link MemoryGuard} may stop it (503) when the heap runs short.
 */
final class BoundedQueryService extends SPARQL_QueryDataset {
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private final Duration timeout;
    private final MemoryGuard memory;

    BoundedQueryService(Duration timeout, MemoryGuard memory) {
        this.timeout = timeout;
        this.memory = memory;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        DEADLINE.set(System.nanoTime() + timeout.toNanos());
        try {
            super.execute(queryString, action);
        } catch (RuntimeException e) {
            // a stopped query ends in QueryCancelledException, or in whatever its operator hit once aborted under it
            // ("SortedDataBag is closed" from an ORDER BY that was spilling): the guard's record decides
            if (memory.finished())
                ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "query stopped: the server ran short of memory and "
                        + "this query had taken the most (ORDER BY, GROUP BY or DISTINCT over many rows?)");
            throw e;
        } finally {
            memory.finished();
            DEADLINE.remove();
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        try {
            QueryShape.check(query);
        } catch (QueryShape.QueryShapeException e) {
            ServletOps.errorBadRequest("query refused: " + e.getMessage());
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        long deadline = DEADLINE.get();
        long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        Context context = action.getContext().copy();
        context.set(ARQConstants.sysOptimizerFactory, BoundedFunctions.optimizer(deadline));
        QueryExec exec = QueryExec.newBuilder().dataset(dataset).query(query).context(context)
                .overallTimeout(left, TimeUnit.MILLISECONDS).build();
        memory.started(exec);
        return exec;
    }
}
