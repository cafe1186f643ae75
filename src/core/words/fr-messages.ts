// French for the checks' findings (validation, pre-flight, reconciliation), our errors and progress.
// Inventory words as Odoo's French interface has them: article, emplacement, lot/numéro de série,
// quantité en stock, ajustement d'inventaire, colis, propriétaire. Odoo's own messages are never here.
import type { Translation } from './translate';

export const FR_MESSAGES: Record<string, Translation> = {
  // Validation of the Restore sheet (validate-restore.ts)
  "Odoo's expiration dates are not turned on (Inventory > Configuration > Settings > Expiration Dates). Clear the cell, or turn them on and validate again.":
    'Les dates d’expiration ne sont pas activées dans Odoo (Inventaire > Configuration > Paramètres > Dates d’expiration). Videz la cellule, ou activez-les et validez de nouveau.',
  '{product} does not use expiration dates in Odoo (product form, Inventory tab, Expiration Date). Clear the cell, or tick it and validate again.':
    '{product} n’utilise pas de dates d’expiration dans Odoo (fiche article, onglet Inventaire, Date d’expiration). Videz la cellule, ou cochez la case et validez de nouveau.',
  'Expiration date {date} is already past.': 'La date d’expiration {date} est déjà passée.',
  'Lot {lot} already exists in Odoo with expiration date (none); the add-in does not change an existing lot. Put nothing here, or change the lot in Odoo.':
    'Le lot {lot} existe déjà dans Odoo sans date d’expiration ; le complément ne modifie pas un lot existant. Videz cette cellule, ou modifiez le lot dans Odoo.',
  'Lot {lot} already exists in Odoo with expiration date {date}; the add-in does not change an existing lot. Put {date} here, or change the lot in Odoo.':
    'Le lot {lot} existe déjà dans Odoo avec la date d’expiration {date} ; le complément ne modifie pas un lot existant. Indiquez {date} ici, ou modifiez le lot dans Odoo.',
  'Lot {lot} has expiration date {date} here and {other} on row {row}; a lot has one expiration date.':
    'Le lot {lot} a la date d’expiration {date} ici et {other} à la ligne {row} ; un lot n’a qu’une date d’expiration.',
  'Line {line} is not an original line of this run; the row was typed or copied by hand. Use Split to add rows.':
    'La ligne d’origine {line} n’appartient pas à cette exécution ; la ligne a été saisie ou copiée à la main. Utilisez Diviser pour ajouter des lignes.',
  'This row belongs to no original line (its Line cell is empty). Use Split to add rows.':
    'Cette ligne n’appartient à aucune ligne d’origine (sa cellule Line est vide). Utilisez Diviser pour ajouter des lignes.',
  'Qty "{text}" is text, not a number.': 'La quantité « {text} » est du texte, pas un nombre.',
  'Qty is blank.': 'La quantité est vide.',
  'A serial number counts exactly 1 unit; Qty is {qty}.': 'Un numéro de série compte exactement 1 unité ; la quantité est {qty}.',
  'Qty must be more than 0; it is {qty}.': 'La quantité doit être supérieure à 0 ; elle est de {qty}.',
  'Qty {qty} has more decimals than {uom} allows ({rounding}).': 'La quantité {qty} a plus de décimales que {uom} n’en permet ({rounding}).',
  'Serial {lot} is already used on row {row}; a serial number is unique per product in a company.':
    'Le numéro de série {lot} est déjà utilisé à la ligne {row} ; un numéro de série est unique par article dans une société.',
  'Serial {lot} is used again on row {row}.': 'Le numéro de série {lot} est utilisé de nouveau à la ligne {row}.',
  'Serial {lot} already holds stock in Odoo for this product; a serial number counts one unit.':
    'Le numéro de série {lot} a déjà du stock dans Odoo pour cet article ; un numéro de série compte une unité.',
  "Lot {lot} already holds {qty} here in Odoo; the restore adds this line's quantity to it.":
    'Le lot {lot} a déjà {qty} ici dans Odoo ; la restauration y ajoute la quantité de cette ligne.',
  '"{lot}" differs from "{other}" on row {row} only by case or spacing; Odoo treats them as two different numbers.':
    '« {lot} » ne diffère de « {other} » (ligne {row}) que par la casse ou les espaces ; Odoo les traite comme deux numéros différents.',
  '{product} is tracked "{tracking}" in Odoo, not "{target}" yet: change the tracking first.':
    '{product} est suivi « {tracking} » dans Odoo, pas encore « {target} » : changez d’abord le suivi.',
  'Location {location} no longer exists or is archived in Odoo.': 'L’emplacement {location} n’existe plus ou est archivé dans Odoo.',
  'Package {package} no longer exists in Odoo.': 'Le colis {package} n’existe plus dans Odoo.',
  'Owner {owner} no longer exists in Odoo.': 'Le propriétaire {owner} n’existe plus dans Odoo.',
  '{product} at {location}': '{product} à {location}',
  '{line} in {package}': '{line} dans {package}',
  '{line} owned by {owner}': '{line} appartenant à {owner}',
  '{line}: the history is ambiguous. {doubts} Confirmed by the user.': '{line} : l’historique est ambigu. {doubts} Confirmé par l’utilisateur.',
  '{line}: the history is ambiguous. {doubts} Check it in Odoo, then mark "{accept}" to confirm the original.':
    '{line} : l’historique est ambigu. {doubts} Vérifiez dans Odoo, puis marquez « {accept} » pour confirmer la quantité d’origine.',
  '{line}: the original {qty} has no row in the Restore sheet.': '{line} : la quantité d’origine {qty} n’a aucune ligne dans la feuille Restore.',
  '{line}: rows add up to {total}, the original was {original} (difference {difference}). Accepted.':
    '{line} : les lignes totalisent {total}, la quantité d’origine était {original} (écart {difference}). Accepté.',
  '{line}: rows add up to {total}, the original was {original} (difference {difference}). A paste that stops short or runs past this product\'s rows (last row {past}) shows up here. Fix the rows, or mark "{accept}".':
    '{line} : les lignes totalisent {total}, la quantité d’origine était {original} (écart {difference}). Un collage qui s’arrête trop tôt ou déborde des lignes de cet article (dernière ligne {past}) apparaît ici. Corrigez les lignes, ou marquez « {accept} ».',
};
