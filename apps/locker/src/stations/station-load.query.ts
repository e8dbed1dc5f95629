/** A station with its load, counted from its slot and waitlist rows; `extra` adds columns. */
export function stationLoadQuery(extra = ''): string {
  return `
  SELECT s.id, s.name,
         (SELECT count(*) FROM slots WHERE station_id = s.id)::int AS capacity,
         (SELECT count(*) FROM slots WHERE station_id = s.id AND rental_id IS NOT NULL)::int AS occupied,
         (SELECT count(*) FROM waitlist_entries WHERE station_id = s.id)::int AS waitlisted,
         s.capacity_alert_raised_at IS NOT NULL AS "capacityAlert"${extra}
    FROM stations s`;
}
