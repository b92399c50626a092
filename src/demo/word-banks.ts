/** Word lists the demo names are built from. Lengths matter: see `companyName`. */

export const NAME_PREFIXES = [
  'Bright', 'Silver', 'North', 'Blue', 'Iron', 'Clear', 'Swift', 'Stone', 'Red', 'Green',
  'Cloud', 'Summit', 'River', 'Pine', 'Oak', 'Star', 'Sun', 'Harbor', 'Copper', 'Quantum',
  'Nova', 'Peak', 'True', 'Bold', 'Golden', 'Rapid', 'Wild', 'Deep', 'High', 'Open',
  'Prime', 'Cedar', 'Maple', 'Falcon', 'Lumen', 'Atlas', 'Vector', 'Meridian', 'Apex', 'Echo',
] as const;

export const NAME_ROOTS = [
  'forge', 'wave', 'path', 'field', 'stack', 'bridge', 'point', 'works', 'line', 'gate',
  'light', 'craft', 'mark', 'loop', 'base', 'core', 'scale', 'shift', 'spark', 'leaf',
  'rock', 'wind', 'port', 'grid', 'dock', 'nest', 'vault', 'trail', 'haven', 'ridge',
  'mint', 'yard', 'well', 'sphere', 'beam', 'flow', 'cast', 'frame', 'hub', 'lane',
] as const;

export const NAME_SUFFIXES = [
  'Labs', 'Systems', 'Analytics', 'Health', 'Logistics', 'Foods', 'Partners', 'Group', 'Software', 'Energy',
  'Capital', 'Media', 'Robotics', 'Retail', 'Bio', 'Networks',
] as const;

/** Used once every combination above is taken, so names stay unique at any size. */
export const NAME_QUALIFIERS = ['Global', 'Pacific', 'Nordic', 'Atlantic', 'Continental', 'Alpine', 'Coastal', 'Central'] as const;

export const FIRST_NAMES = [
  'Ava', 'Liam', 'Maya', 'Noah', 'Zoe', 'Ethan', 'Priya', 'Lucas', 'Sofia', 'Mateo',
  'Hannah', 'Omar', 'Chloe', 'Daniel', 'Aisha', 'Jonas', 'Elena', 'Kenji', 'Fatima', 'Samuel',
  'Grace', 'Arjun', 'Isabel', 'Tomás', 'Mia', 'Felix', 'Nora', 'Ravi', 'Leah', 'Victor',
  'Julia', 'Marcus', 'Yuki', 'Olivia', 'Diego', 'Amara', 'Henrik', 'Lena', 'Caleb', 'Ines',
  'Wei', 'Sara', 'Jamal', 'Anna', 'Pedro', 'Mei', 'Oscar', 'Rosa', 'Ibrahim', 'Clara',
] as const;

export const LAST_NAMES = [
  'Smith', 'Chen', 'Garcia', 'Patel', 'Nguyen', 'Müller', 'Kowalski', 'Johnson', 'Okafor', 'Rossi',
  'Silva', 'Kim', 'Andersson', 'Dubois', 'Tanaka', 'Brown', 'Cohen', 'Haddad', 'Novak', "O'Brien",
  'Lopez', 'Schmidt', 'Ivanova', 'Jensen', 'Mensah', 'Singh', 'Walker', 'Fischer', 'Moreau', 'Yilmaz',
  'Costa', 'Larsen', 'Sato', 'Baker', 'Ali', 'Hughes', 'Martin', 'Khan', 'Reyes', 'Weber',
] as const;

export const INDUSTRIES = [
  'Software', 'Healthcare', 'Financial Services', 'Retail', 'Manufacturing', 'Education',
  'Logistics', 'Media', 'Professional Services', 'Energy', 'Hospitality', 'Non-profit',
] as const;

export const REGIONS = ['NA', 'EMEA', 'APAC', 'LATAM'] as const;
export type Region = (typeof REGIONS)[number];

/** Product areas that show up in `features_used`; breadth of use follows latent health. */
export const FEATURES = [
  'dashboards', 'reports', 'alerts', 'api', 'integrations', 'workflows', 'exports',
  'sso', 'audit_log', 'forecasting', 'playbooks', 'surveys', 'mobile_app', 'ai_assistant',
] as const;
