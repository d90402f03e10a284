package io.eetasks.admin;

import io.eetasks.runtime.readmodel.Overview;
import io.eetasks.runtime.readmodel.OverviewQueries;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Live updates for open consoles: the overview as a server-sent event named "overview" every
 * {@link OverviewQueries#FRESH_FOR}, until the console goes away. All consoles share one computed
 * overview per interval.
 */
@Path("events")
public class EventsResource {

    @Inject
    OverviewQueries overview;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@Context SseEventSink sink, @Context Sse sse) {
        CompletableFuture<ScheduledFuture<?>> job = new CompletableFuture<>();
        job.complete(scheduler.scheduleWithFixedDelay(() -> {
            if (sink.isClosed()) {
                job.thenAccept(running -> running.cancel(false));
                return;
            }
            sink.send(sse.newEventBuilder().name("overview").mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(Overview.class, overview.overview()).build())
                    .exceptionally(failure -> {
                        sink.close();
                        return null;
                    });
        }, 0, OverviewQueries.FRESH_FOR.toMillis(), TimeUnit.MILLISECONDS));
    }
}
