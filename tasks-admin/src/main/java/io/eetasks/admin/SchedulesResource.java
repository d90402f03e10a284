package io.eetasks.admin;

import io.eetasks.bridge.TaskRuntime;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/** Recurring schedules of every application: list them, pause, resume, or fire one now. */
@Path("schedules")
@Produces(MediaType.APPLICATION_JSON)
public class SchedulesResource {

    @Inject
    TaskRuntime runtime;

    @GET
    public List<ScheduleRow> list() {
        return runtime.schedules(null).stream().map(ScheduleRow::of).toList();
    }

    /**
     * pause, resume or trigger the application's schedule (names are each application's own); trigger
     * answers with the id of the task it submitted.
     */
    @POST
    @Path("{application}/{name}/{action}")
    public Map<String, String> act(@PathParam("application") String application, @PathParam("name") String name,
                                   @PathParam("action") String action) {
        Object outcome = switch (action) {
            case "pause" -> runtime.pauseSchedule(application, name) ? "paused" : null;
            case "resume" -> runtime.resumeSchedule(application, name) ? "resumed" : null;
            case "trigger" -> runtime.triggerSchedule(application, name);
            default -> throw new BadRequestException("Unknown schedule action '" + action
                    + "'; use pause, resume or trigger");
        };
        if (outcome == null) {
            throw new NotFoundProblem("Application " + application + " has no recurring schedule named '" + name + "'");
        }
        return Map.of("application", application, "schedule", name, "result", outcome.toString());
    }
}
