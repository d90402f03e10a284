package io.eetasks.runtime.workflow;

import io.eetasks.CallbackCondition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Map;

/** A callback registered for every task of one name in one application. */
@Entity
@Table(name = "eet_callback")
public class CallbackMapping {

    /** application|source|condition|callback: registering the same mapping twice finds the same row. */
    @Id
    private String id;

    @Column(nullable = false)
    private String application;

    @Column(name = "source_name", nullable = false)
    private String sourceName;

    @Enumerated(EnumType.STRING)
    @Column(name = "callback_condition", nullable = false)
    private CallbackCondition condition;

    @Column(name = "callback_name", nullable = false)
    private String callbackName;

    protected CallbackMapping() {
    }

    static CallbackMapping of(String application, String sourceName, CallbackCondition condition, String callbackName) {
        CallbackMapping mapping = new CallbackMapping();
        mapping.id = idOf(application, sourceName, condition, callbackName);
        mapping.application = application;
        mapping.sourceName = sourceName;
        mapping.condition = condition;
        mapping.callbackName = callbackName;
        return mapping;
    }

    static String idOf(String application, String sourceName, CallbackCondition condition, String callbackName) {
        return String.join("|", application, sourceName, condition.name(), callbackName);
    }

    String source() {
        return application + "|" + sourceName;
    }

    Map.Entry<CallbackCondition, String> callback() {
        return Map.entry(condition, callbackName);
    }
}
