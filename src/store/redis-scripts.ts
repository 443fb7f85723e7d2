// Lua scripts the Redis store runs server-side so a session's creation and each answer (session,
// answer list, progress, leaderboard, most-missed) change atomically: two replicas handling the same
// redelivered answer record it once. They mirror judgeAnswer/nextProgress in src/store/rules.ts.

/**
 * Create a session unless its id exists. Returns 1 when created, 0 when the id was taken.
 * KEYS: session hash, live marker, user's session list, user's open set, user's stats, leaderboard, seq counter.
 * ARGV: id, userId, userName ('' or '=' .. name), itemIds JSON, total, mode, topic ('' or '=' .. topic),
 *       startedAt, updatedAt, ttlMs.
 */
export const CREATE_SESSION = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local seq = redis.call('INCR', KEYS[7])
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'userId', ARGV[2], 'itemIds', ARGV[4], 'current', '0', 'total', ARGV[5],
  'mode', ARGV[6], 'startedAt', ARGV[8], 'updatedAt', ARGV[9], 'seq', seq)
if ARGV[3] ~= '' then
  local name = string.sub(ARGV[3], 2)
  redis.call('HSET', KEYS[1], 'userName', name)
  redis.call('HSET', KEYS[5], 'userName', name)
end
if ARGV[7] ~= '' then redis.call('HSET', KEYS[1], 'topic', string.sub(ARGV[7], 2)) end
redis.call('SET', KEYS[2], '1', 'PX', ARGV[10])
redis.call('LPUSH', KEYS[3], ARGV[1])
redis.call('SADD', KEYS[4], ARGV[1])
redis.call('HINCRBY', KEYS[5], 'sessions', 1)
redis.call('ZINCRBY', KEYS[6], 0, ARGV[2])
return 1
`;

/**
 * Record an answer at most once. Returns the outcome: recorded, duplicate, stale, not_owner, not_found.
 * KEYS: session hash, answer list, live marker, user's open set, user's progress hash, user's stats,
 *       leaderboard zset, most-missed zset, most-missed last-at hash.
 * ARGV: userId, index, itemId, answer JSON, correct (1/0), at, now, ttlMs, sessionId.
 * Progress values are "seen|wrong|streak|lastAt".
 */
export const RECORD_ANSWER = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 'not_found' end
local f = redis.call('HMGET', KEYS[1], 'userId', 'current', 'total', 'updatedAt', 'finishedAt', 'itemIds')
local finished = f[5] ~= false
local now = tonumber(ARGV[7])
if not finished then
  if redis.call('EXISTS', KEYS[3]) == 0 or now - tonumber(f[4]) > tonumber(ARGV[8]) then return 'not_found' end
end
if f[1] ~= ARGV[1] then return 'not_owner' end
local index = tonumber(ARGV[2])
local current = tonumber(f[2])
local total = tonumber(f[3])
if index == nil or index ~= math.floor(index) or index < 0 then return 'stale' end
if index < current then return 'duplicate' end
if finished or index > current or index >= total then return 'stale' end
local items = cjson.decode(f[6])
if items[index + 1] ~= ARGV[3] then return 'stale' end

redis.call('RPUSH', KEYS[2], ARGV[4])
current = current + 1
redis.call('HSET', KEYS[1], 'current', current, 'updatedAt', ARGV[7])
if current == total then
  redis.call('HSET', KEYS[1], 'finishedAt', ARGV[7])
  redis.call('DEL', KEYS[3])
  redis.call('SREM', KEYS[4], ARGV[9])
else
  redis.call('PEXPIRE', KEYS[3], ARGV[8])
end

local correct = ARGV[5] == '1'
local seen, wrong, streak = 0, 0, 0
local old = redis.call('HGET', KEYS[5], ARGV[3])
if old then
  local s, w, k = string.match(old, '^(%d+)|(%d+)|(%d+)|')
  seen, wrong, streak = tonumber(s), tonumber(w), tonumber(k)
end
seen = seen + 1
if correct then streak = streak + 1 else streak = 0; wrong = wrong + 1 end
redis.call('HSET', KEYS[5], ARGV[3], seen .. '|' .. wrong .. '|' .. streak .. '|' .. ARGV[6])

redis.call('HINCRBY', KEYS[6], 'answered', 1)
if correct then
  redis.call('HINCRBY', KEYS[6], 'correct', 1)
  redis.call('ZINCRBY', KEYS[7], 1, ARGV[1])
else
  redis.call('ZINCRBY', KEYS[8], 1, ARGV[3])
  local last = redis.call('HGET', KEYS[9], ARGV[3])
  if not last or tonumber(last) < tonumber(ARGV[6]) then redis.call('HSET', KEYS[9], ARGV[3], ARGV[6]) end
end
return 'recorded'
`;
