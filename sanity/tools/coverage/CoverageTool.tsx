/** @jsxImportSource react */
import { Box, Button, Card, Flex, Select, Spinner, Stack, Text } from '@sanity/ui';
import { useEffect, useState } from 'react';
import { useClient } from 'sanity';
import { useRouter } from 'sanity/router';
import { US_STATE, type UsState } from '../../../src/domain/vocabulary.ts';
import type {
  COVERAGE_COUNTS_QUERY_RESULT,
  COVERAGE_PAGE_QUERY_RESULT,
  LOCATION_STATES_QUERY_RESULT,
} from '../../../src/content-source/sanity.types.ts';
import { COVERAGE_COUNTS_QUERY, COVERAGE_PAGE_QUERY, LOCATION_STATES_QUERY } from '../../lib/editor-queries.ts';
import { unlessAborted } from '../../lib/fetch-failure.ts';
import { API_VERSION } from '../../lib/validation.ts';
import { CoverageMatrix } from './CoverageMatrix.tsx';

/** Rows per page: enough to scan, few enough that a 19,000-location directory renders at once. */
export const PAGE_SIZE = 100;

/** The Coverage tool: a state filter, one page of the matrix, and paging. Reads drafts, as editors see them. */
export function CoverageTool() {
  const client = useClient({ apiVersion: API_VERSION });
  const router = useRouter();
  const state = typeof router.state.usState === 'string' ? router.state.usState : '';
  const [page, setPage] = useState(0);
  const [data, setData] = useState<COVERAGE_PAGE_QUERY_RESULT>();
  const [counts, setCounts] = useState<COVERAGE_COUNTS_QUERY_RESULT>();
  const [stateCodes, setStateCodes] = useState<LOCATION_STATES_QUERY_RESULT>([]);
  const [error, setError] = useState<string>();

  useEffect(() => {
    const controller = new AbortController();
    client
      .fetch(LOCATION_STATES_QUERY, {}, { perspective: 'drafts', signal: controller.signal })
      .then(setStateCodes)
      .catch(unlessAborted(controller, setError));
    return () => controller.abort();
  }, [client]);

  useEffect(() => {
    const controller = new AbortController();
    const params = { state, start: page * PAGE_SIZE, end: (page + 1) * PAGE_SIZE };
    client
      .fetch(COVERAGE_PAGE_QUERY, params, { perspective: 'drafts', signal: controller.signal })
      .then((result) => {
        setData(result);
        setError(undefined);
      })
      .catch(unlessAborted(controller, setError));
    return () => controller.abort();
  }, [client, state, page]);

  // The counts depend on the state only, and arrive when they arrive: the page does not wait for them.
  useEffect(() => {
    const controller = new AbortController();
    setCounts(undefined);
    client
      .fetch(COVERAGE_COUNTS_QUERY, { state }, { perspective: 'drafts', signal: controller.signal })
      .then(setCounts)
      .catch(unlessAborted(controller, setError));
    return () => controller.abort();
  }, [client, state]);

  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const states = stateCodes
    .map((code) => ({ code, name: US_STATE[code as UsState] ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name));

  return (
    <Card height="fill" padding={4}>
      <Flex direction="column" height="fill" gap={3}>
        <Flex gap={3} align="center" wrap="wrap">
          <Text as="h1" size={2} weight="semibold">
            Coverage
          </Text>
          <Box style={{ minWidth: 200 }}>
            <Select
              aria-label="State"
              value={state}
              onChange={(event) => {
                const usState = event.currentTarget.value;
                router.navigate(usState ? { usState } : {});
                setPage(0);
              }}
            >
              <option value="">All states</option>
              {states.map(({ code, name }) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </Select>
          </Box>
          <Text size={1} muted>
            {data ? `${data.total} locations · page ${page + 1} of ${pages}` : 'Loading…'}
          </Text>
          <Button text="Previous" mode="ghost" disabled={page === 0} onClick={() => setPage(page - 1)} />
          <Button text="Next" mode="ghost" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)} />
        </Flex>
        <Text size={1} muted>
          ✓ offered · ✕ listed as not offered · · neither. Column counts cover every page; select a cell to open the
          location.
        </Text>
        {error ? (
          <Card tone="critical" padding={3} radius={2}>
            <Text size={1}>Could not load coverage: {error}</Text>
          </Card>
        ) : data ? (
          <Box flex={1} style={{ minHeight: 0 }}>
            <CoverageMatrix
              columns={data.programs}
              counts={counts}
              rows={data.locations}
              onOpen={(id) => router.navigateIntent('edit', { id, type: 'location' })}
            />
          </Box>
        ) : (
          <Stack padding={4}>
            <Spinner muted />
          </Stack>
        )}
      </Flex>
    </Card>
  );
}
