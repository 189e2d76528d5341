-- A filter left blank stands for all its values, as Total and All ... do.
UPDATE breakdown SET is_total = NOT EXISTS (
    SELECT 1 FROM breakdown_item
    WHERE breakdown_item.breakdown_id = breakdown.breakdown_id
      AND TRIM(breakdown_item.filter_value) <> ''
      AND LOWER(TRIM(breakdown_item.filter_value)) <> 'total'
      AND LOWER(TRIM(breakdown_item.filter_value)) NOT LIKE 'all %');
