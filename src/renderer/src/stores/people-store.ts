import { create } from 'zustand';

// Whose work Time, Today, Planner and Switching show: this computer's person's ("Mine", the default)
// or everyone's. One choice for the four screens, kept for the session only: each start shows Mine.

export interface PeopleState {
  everyone: boolean;
  setEveryone: (everyone: boolean) => void;
}

export const usePeopleStore = create<PeopleState>()((set) => ({
  everyone: false,
  setEveryone: (everyone) => set({ everyone }),
}));
