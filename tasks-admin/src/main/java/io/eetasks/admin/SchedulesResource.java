package io.eetasks.admin;

import io.eetasks.ScheduleNotFoundException;
import io.eetasks.bridge.TaskRuntime;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Recurring schedules: list them, pause, resume, or fire one now. */
@Path("schedules")
@Produces(MediaType.APPLICATION_JSON)
public class SchedulesResource {

    @Inject
    TaskRuntime runtime;

    @GET
    public List<ScheduleRow> list() {
        return runtime.schedules().stream().map(ScheduleRow::of)
                .sorted(Comparator.comparing(ScheduleRow::name)).toList();
    }

    /** pause, resume or trigger; trigger answers with the id of the task it submitted. */
    @POST
    @Path("{name}/{action}")
    public Map<String, String> act(@PathParam("name") String name, @PathParam("action") String action) {
        Object outcome = switch (action) {
            case "pause" -> runtime.pauseSchedule(name) ? "paused" : null;
            case "resume" -> runtime.resumeSchedule(name) ? "resumed" : null;
            case "trigger" -> runtime.triggerSchedule(name);
            default -> throw new BadRequestException("Unknown schedule action '" + action
                    + "'; use pause, resume or trigger");
        };
        if (outcome == null) {
            throw new ScheduleNotFoundException(name);
        }
        return Map.of("schedule", name, "result", outcome.toString());
    }
}
