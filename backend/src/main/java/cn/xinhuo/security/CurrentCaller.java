package cn.xinhuo.security;

import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, set by {@link AccessFilter} before any resource method runs. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;
    private String clientAddress;

    void set(Caller caller) {
        this.caller = caller;
    }

    void setClientAddress(String clientAddress) {
        this.clientAddress = clientAddress;
    }

    /** For start-up work outside any request (demo data, the first administrator). */
    public void actAsSystem() {
        if (caller != null && caller != Caller.SYSTEM) {
            throw new IllegalStateException("a request's caller cannot become the system");
        }
        caller = Caller.SYSTEM;
    }

    /**
     * For work a request started and a worker thread finishes (a roster import): the worker acts
     * with the starter's identity, permissions and scope, and its writes are stamped with its name.
     */
    public void continueFor(Caller starter, String clientAddress) {
        if (caller != null) {
            throw new IllegalStateException("this context already has a caller");
        }
        this.caller = starter;
        this.clientAddress = clientAddress;
    }

    public Caller get() {
        if (caller == null) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "unauthorized.detail");
        }
        return caller;
    }

    public boolean isPresent() {
        return caller != null;
    }

    public Scope scope() {
        return get().scope();
    }

    /** The name written into updated_by and the audit trail. */
    public String actorName() {
        return caller == null ? "system" : caller.username();
    }

    public String clientAddress() {
        return clientAddress;
    }
}
