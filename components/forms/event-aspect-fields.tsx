"use client";

/** An event an article belongs to, with the aspects a claim can answer. */
interface EventChoice {
  id: string;
  title: string;
  aspects: { id: string; question: string }[];
}

/** One option per event, by its title. */
export function EventOptions({ events }: { events: { id: string; title: string }[] }) {
  return events.map((e) => (
    <option dir="auto" key={e.id} value={e.id}>
      {e.title}
    </option>
  ));
}

/**
 * The event and aspect a claim goes into: choosing an event picks its first aspect.
 * With `newAspect`, the aspect list ends with an option (value "new") to create one,
 * which is also chosen when the event has no aspect yet.
 */
export function EventAspectFields({
  id,
  events,
  value,
  onChange,
  labels,
  newAspect,
}: {
  id: string;
  events: EventChoice[];
  value: { eventId: string; aspectId: string };
  onChange: (value: { eventId: string; aspectId: string }) => void;
  labels: { event: string; aspect: string };
  newAspect?: string;
}) {
  const event = events.find((e) => e.id === value.eventId);
  const fallback = newAspect ? "new" : "";
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-event`}>{labels.event}</label>
        <select
          id={`${id}-event`}
          value={value.eventId}
          required
          onChange={(e) =>
            onChange({
              eventId: e.target.value,
              aspectId: events.find((x) => x.id === e.target.value)?.aspects[0]?.id ?? fallback,
            })
          }
        >
          <EventOptions events={events} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-aspect`}>{labels.aspect}</label>
        <select
          id={`${id}-aspect`}
          value={value.aspectId}
          onChange={(e) => onChange({ ...value, aspectId: e.target.value })}
        >
          {event?.aspects.map((a) => (
            <option dir="auto" key={a.id} value={a.id}>
              {a.question}
            </option>
          ))}
          {newAspect && <option value="new">{newAspect}</option>}
        </select>
      </div>
    </>
  );
}
