package com.backorderdesk.mail;

import com.backorderdesk.platform.Entities;
import com.backorderdesk.platform.Page;
import com.backorderdesk.platform.PageRequest;
import com.backorderdesk.platform.Sorting;
import com.backorderdesk.platform.Problem;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Queues mails in the caller's transaction and sends what is due, each mail in a transaction of its own. */
@Stateless
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext
    EntityManager em;
    @Resource(lookup = "java:jboss/mail/Backorder")
    Session session;
    @Inject
    Clock clock;
    @Inject
    Event<MailQueued> queued;

    /**
     * Writes a mail to the outbox, in the caller's transaction. A {@code dedupeKey} already used
     * means the mail exists: nothing is written twice.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutboxMail queue(String kind, String recipient, String subject, String text, String html, String dedupeKey) {
        OutboxMail mail = new OutboxMail(kind, recipient, subject, text, html, dedupeKey, clock.instant());
        em.persist(mail);
        em.flush();
        queued.fire(new MailQueued(mail.getId()));
        return mail;
    }

    /** The ids of the mails whose time has come. */
    public List<Long> due() {
        return em.createNamedQuery(OutboxMail.DUE, Long.class).setParameter("now", clock.instant()).setMaxResults(200).getResultList();
    }

    /** What one try of a mail came to. */
    public enum Tried {
        SENT,
        /** Not this time: the mail was not due any more, or the SMTP server refused it. */
        NOT_SENT,
        /** The SMTP server did not answer in time: the next mail would only wait out the timeout again. */
        TIMED_OUT
    }

    /** Tries one mail, claimed for the time of the try (see {@link Entities#claim}); a failure is recorded on it, never thrown. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Tried send(long id) {
        OutboxMail mail = Entities.claim(em, OutboxMail.class, id);
        if (mail == null || mail.getStatus() != OutboxMail.Status.PENDING) {
            return Tried.NOT_SENT;
        }
        try {
            Transport.send(message(mail));
            mail.sent(clock.instant());
            return Tried.SENT;
        } catch (MessagingException | RuntimeException e) {
            mail.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
            LOG.log(Level.WARNING, "Mail " + id + " to " + mail.getRecipient() + " failed (attempt " + mail.getTries().getAttempts() + "): " + e.getMessage());
            return timedOut(e) ? Tried.TIMED_OUT : Tried.NOT_SENT;
        }
    }

    /**
     * Whether the try waited out a timeout (connecting, or for an answer): a server that is down
     * and refuses connections fails each try at once, a silent one makes each wait.
     */
    static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.InterruptedIOException) {
                return true;
            }
        }
        return false;
    }

    private MimeMessage message(OutboxMail mail) throws MessagingException {
        String from = session.getProperty("mail.from");
        String messageId = mail.messageId(from == null || !from.contains("@") ? "backorder-desk" : from.substring(from.lastIndexOf('@') + 1));
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getTextBody(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.getHtmlBody(), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();
        return message;
    }

    /** An admin sends a failed mail again. */
    public void retry(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            throw Problem.notFound("id", "Unknown mail " + id + ".");
        }
        if (mail.getStatus() == OutboxMail.Status.SENT) {
            throw Problem.conflict("status", "Mail " + id + " was sent already.");
        }
        mail.retry(clock.instant());
        queued.fire(new MailQueued(id));
    }

    /** The columns the outbox page sorts by (newest first unless asked otherwise). */
    static final Map<String, String> SORTS = Map.of("when", "m.createdAt", "kind", "m.kind", "to", "m.recipient", "subject", "m.subject",
            "status", "m.status", "attempts", "m.tries.attempts");

    public Page<OutboxMail> list(OutboxMail.Status wanted, String sort, PageRequest page) {
        return Page.of(em.createQuery("select m from OutboxMail m where (:status is null or m.status = :status)"
                        + Sorting.orderBy(sort, SORTS, "-when", "m"), OutboxMail.class).setParameter("status", wanted),
                em.createNamedQuery(OutboxMail.COUNT, Long.class).setParameter("status", wanted), page);
    }
}
