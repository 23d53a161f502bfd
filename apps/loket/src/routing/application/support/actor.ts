/** Who changes the rules: the admin's pseudonymous token subject (logged, never a name). */
export interface Actor {
  role: 'admin';
  id: string;
}
