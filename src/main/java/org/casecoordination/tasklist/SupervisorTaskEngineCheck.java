package org.casecoordination.tasklist;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.security.Groups;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine's own doors (Camunda Tasklist, /engine-rest, the webapps' engine API) refuse a supervisors' task to
 * anyone who is no supervisor of the case's team, before the engine's grants are even looked at: claim, complete,
 * submit the form (the engine's "work" check), set or change the assignee, delegate (its "assign" check). The
 * refusal is Camunda's {@link AuthorizationException}, which the REST layers answer with 403 and its message.
 * Calls without a logged-in person are the app's own code, which checks the same rule in {@link TaskActions}; the
 * task's assignee may still give it back. Whoever it is handed to is checked by {@link SupervisorTaskAssignment}.
 *
 * <p>Which supervisors see such a task in Tasklist: the engine grants a task to its candidate groups, and the
 * supervisors group has the supervisors of every team. That grant is left out; the diagrams name the case's team's
 * supervisors as candidate users ({@code teamSupervisors.of(team)}), and their grants are what opens it.
 */
@Component
class SupervisorTaskEngineCheck extends AbstractProcessEnginePlugin {

    /** The checks of the engine's task commands that claim, complete, submit, assign or delegate. */
    private static final Set<String> GUARDED = Set.of("checkTaskWork", "checkTaskAssign");

    private final ObjectProvider<SupervisorTasks> supervisorTasks;

    SupervisorTaskEngineCheck(ObjectProvider<SupervisorTasks> supervisorTasks) {
        this.supervisorTasks = supervisorTasks;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new TeamSupervisorsOnly());
    }

    /** No grant to the whole supervisors group on a task: only to the team's supervisors, its candidate users. */
    static final class TeamSupervisorsOnly extends DefaultAuthorizationProvider {
        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            return Groups.SUPERVISORS.equals(groupId) ? null : super.newTaskGroupIdentityLink(task, groupId, type);
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // first, so that a coordinator reads why rather than the engine's list of missing permissions
        configuration.getCommandCheckers().add(0, (CommandChecker) Proxy.newProxyInstance(
                CommandChecker.class.getClassLoader(), new Class<?>[] {CommandChecker.class}, new Check()));
    }

    private final class Check implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "SupervisorTaskEngineCheck";
                };
            }
            if (GUARDED.contains(method.getName()) && args != null && args.length == 1
                    && args[0] instanceof TaskEntity task) {
                check(task, "checkTaskAssign".equals(method.getName()));
            }
            return null;
        }

        private void check(TaskEntity task, boolean assigning) {
            CommandContext context = Context.getCommandContext();
            Authentication caller = context == null ? null : context.getAuthentication();
            if (caller == null || caller.getUserId() == null
                    || !SupervisorTasks.isForSupervisors(task.getIdentityLinks())) {
                return;
            }
            if (assigning && caller.getUserId().equals(task.getAssignee())) {
                return; // may give it back; a new assignee is checked when assigned
            }
            List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
            Object team = task.getExecution() == null ? null
                    : task.getExecution().getVariable(CaseLifecycleProcess.Variables.TEAM);
            if (!SupervisorTasks.supervises(groups, team == null ? null : team.toString())) {
                throw new AuthorizationException(supervisorTasks.getObject().refusal(task.getName()));
            }
        }
    }
}
