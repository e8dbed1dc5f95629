export interface BookView {
  id: string;
  title: string;
  author: string;
  copies: number;
  availableCopies: number;
}
