-- Front pages in their issue's labelling scheme (archive.FrontPageLabels): a front page prints no label,
-- and the parser labelled it A01 when it pointed to A02 but 01 when it pointed nowhere, so one paper's
-- front pages were 01 in some issues and A01 in others, and MISSING_PAGES compared 01 with A02…A08.
-- A current page 01 whose issue's other current pages all carry one letter prefix takes that prefix, when
-- no page of the issue has the label yet. The next import run recomputes the issues' findings; run
-- reindex-archive once so that the search shows the new labels.
update page set label = (
        select min(substring(q.label from 1 for 1)) from page q
        where q.issue_id = page.issue_id and q.superseded = false and q.id <> page.id) || '01'
where label = '01' and superseded = false
  and (select count(distinct substring(q.label from 1 for 1)) from page q
       where q.issue_id = page.issue_id and q.superseded = false and q.id <> page.id) = 1
  and (select min(substring(q.label from 1 for 1)) from page q
       where q.issue_id = page.issue_id and q.superseded = false and q.id <> page.id) between 'A' and 'Z'
  and (select count(*) from page q
       where q.issue_id = page.issue_id and q.superseded = false and q.id <> page.id
         and substring(q.label from 2) not between '0' and '9999') = 0
  and not exists (select 1 from page q where q.issue_id = page.issue_id and q.id <> page.id
                  and q.label = (select min(substring(r.label from 1 for 1)) from page r
                                 where r.issue_id = page.issue_id and r.superseded = false and r.id <> page.id) || '01');
