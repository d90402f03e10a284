package io.eetasks.runtime.tracing;

import io.eetasks.TaskStatus;
import io.eetasks.runtime.store.Task;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins tasks to the traces of whoever submitted them (docs/tracing.md). A submission is a short
 * PRODUCER span in the submitter's current trace; its W3C {@code traceparent} is kept on the task row,
 * and each attempt, on whichever node, is a CONSUMER span under it, current while the method runs: so
 * the spans the method makes, and the children and callbacks it submits, join the same trace. Without
 * the {@code opentelemetry} subsystem (08-tracing.cli) this does nothing.
 */
@ApplicationScoped
public class TaskTracing {

    static final AttributeKey<String> TASK_ID = AttributeKey.stringKey("eetasks.task.id");
    static final AttributeKey<String> TASK_NAME = AttributeKey.stringKey("eetasks.task.name");
    static final AttributeKey<String> APPLICATION = AttributeKey.stringKey("eetasks.application");
    static final AttributeKey<String> QUEUE = AttributeKey.stringKey("eetasks.queue");
    static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("eetasks.task.attempt");
    static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("eetasks.task.outcome");
    private static final String TRACEPARENT = "traceparent";
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    @Inject
    Instance<OpenTelemetry> telemetry;

    private Tracer tracer;
    /** Whether the server traces at all: without it, submissions skip making a span that records nothing. */
    private boolean tracing;

    @PostConstruct
    void init() {
        tracing = telemetry.isResolvable();
        tracer = (tracing ? telemetry.get() : OpenTelemetry.noop()).getTracer("io.eetasks");
    }

    /** Marks the submission of {@code task} in the current trace and returns its traceparent ({@code null}: not traced). */
    public String submitted(Task task) {
        if (!tracing) {
            return null;
        }
        Span span = tracer.spanBuilder("eetasks submit " + task.getName()).setSpanKind(SpanKind.PRODUCER)
                .setAttribute(TASK_ID, task.getId().toString())
                .setAttribute(TASK_NAME, task.getName())
                .setAttribute(APPLICATION, task.getApplication())
                .setAttribute(QUEUE, task.getQueue())
                .startSpan();
        try {
            if (!span.getSpanContext().isValid()) {
                return null;
            }
            Map<String, String> carrier = new HashMap<>();
            W3C.inject(Context.current().with(span), carrier, Map::put);
            return carrier.get(TRACEPARENT);
        } finally {
            span.end();
        }
    }

    /** Starts the span of the task's claimed attempt, under its submission, and makes it current. */
    public Run started(Task task) {
        if (!tracing) {
            return Run.NONE;
        }
        Context parent = task.getTraceParent() == null ? Context.current()
                : W3C.extract(Context.root(), Map.of(TRACEPARENT, task.getTraceParent()), CARRIER);
        Span span = tracer.spanBuilder("eetasks run " + task.getName()).setSpanKind(SpanKind.CONSUMER)
                .setParent(parent)
                .setAttribute(TASK_ID, task.getId().toString())
                .setAttribute(TASK_NAME, task.getName())
                .setAttribute(APPLICATION, task.getApplication())
                .setAttribute(QUEUE, task.getQueue())
                .setAttribute(ATTEMPT, (long) task.getAttempt())
                .startSpan();
        return new Run(span, span.makeCurrent());
    }

    /** The span of one attempt, current on its thread until it ends. */
    public static final class Run {

        /** The run of a server that does not trace. */
        static final Run NONE = new Run(Span.getInvalid(), Scope.noop());

        private final Span span;
        private final Scope scope;

        private Run(Span span, Scope scope) {
            this.span = span;
            this.scope = scope;
        }

        /** Ends the attempt's span with the task's status after it ({@code null}: its outcome was not recorded). */
        public void ended(TaskStatus outcome, Throwable failure) {
            if (this == NONE) {
                return;
            }
            span.setAttribute(OUTCOME, outcome == null ? "NOT_RECORDED" : outcome.name());
            if (failure != null) {
                span.recordException(failure);
                span.setStatus(StatusCode.ERROR, failure.toString());
            }
            scope.close();
            span.end();
        }
    }

    private static final TextMapGetter<Map<String, String>> CARRIER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return List.copyOf(carrier.keySet());
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };
}
