package io.polyport.rest.sample;

import static io.polyport.core.annotation.MethodKind.CREATE;
import static io.polyport.core.annotation.MethodKind.LIST;
import static io.polyport.core.annotation.MethodKind.READ;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A nested service: {@code ticket.milestone} becomes {@code /milestones} by convention. */
@RpcService(value = "ticket.milestone")
public interface SampleMilestones {
    @RpcMethod(kind = LIST)
    List<String> getAll();

    @RpcMethod(kind = READ)
    Map<String, Object> get(@Id String name);

    @RpcMethod(kind = CREATE)
    int create(String name, Map<String, Object> attributes);

    /** Milestones in memory. */
    final class InMemory implements SampleMilestones {
        private final Map<String, Map<String, Object>> milestones = new LinkedHashMap<>();

        @Override
        public synchronized List<String> getAll() {
            return new ArrayList<>(milestones.keySet());
        }

        @Override
        public synchronized Map<String, Object> get(String name) {
            Map<String, Object> milestone = milestones.get(name);
            if (milestone == null) {
                throw io.polyport.core.error.RpcException.notFound("Milestone " + name + " does not exist.");
            }
            return milestone;
        }

        @Override
        public synchronized int create(String name, Map<String, Object> attributes) {
            Map<String, Object> milestone = new LinkedHashMap<>(attributes);
            milestone.put("name", name);
            milestones.put(name, milestone);
            return 0;
        }
    }
}
