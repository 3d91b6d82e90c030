package kg.ovop.engine;

import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import kg.ovop.web.DatabaseOutage;

/**
 * /engine-rest while the database is unreachable: 503 with Retry-After in engine-rest's own error
 * shape, where Camunda's mappers would answer 500. Each mapper is for a narrower type than
 * Camunda's, so Jersey picks it; what is not an outage goes to Camunda's mapper as before.
 */
@Component
class EngineRestOutages implements ResourceConfigCustomizer {

    @Override
    public void customize(ResourceConfig config) {
        config.register(PersistenceFailures.class);
        config.register(DataAccessFailures.class);
        config.register(TransactionFailures.class);
    }

    static Response unavailable() {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "DatabaseUnavailable", "message", "The database is not reachable; try again shortly")).build();
    }

    /** The engine's own wrapper of a failed statement. */
    public static class PersistenceFailures implements ExceptionMapper<ProcessEnginePersistenceException> {

        @Override
        public Response toResponse(ProcessEnginePersistenceException failure) {
            return DatabaseOutage.causedBy(failure) ? unavailable() : new ProcessEngineExceptionHandler().toResponse(failure);
        }
    }

    /** Spring's, from our code or a rollback on a dead connection. */
    public static class DataAccessFailures implements ExceptionMapper<DataAccessException> {

        @Override
        public Response toResponse(DataAccessException failure) {
            return DatabaseOutage.causedBy(failure) ? unavailable() : new ExceptionHandler().toResponse(failure);
        }
    }

    /** A transaction that could not begin, commit or roll back. */
    public static class TransactionFailures implements ExceptionMapper<TransactionException> {

        @Override
        public Response toResponse(TransactionException failure) {
            return DatabaseOutage.causedBy(failure) ? unavailable() : new ExceptionHandler().toResponse(failure);
        }
    }
}
