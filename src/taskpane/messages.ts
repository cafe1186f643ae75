// Error sentences come from the app layer (Odoo's own words when Odoo said something).
export { messageOf } from '../app/pane-support';
