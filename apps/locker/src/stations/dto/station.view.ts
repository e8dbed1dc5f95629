export interface StationView {
  id: string;
  name: string;
  capacity: number;
  occupied: number;
  waitlisted: number;
  /** True while the station signals that it needs more slots. */
  capacityAlert: boolean;
}
