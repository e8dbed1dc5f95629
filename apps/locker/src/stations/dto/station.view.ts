export interface StationView {
  id: string;
  name: string;
  capacity: number;
  occupied: number;
  waitlisted: number;
}
